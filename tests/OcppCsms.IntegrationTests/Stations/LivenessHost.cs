using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Stations;

/// <summary>One host whose stations beat every second, for the liveness tests; each uses stations of its own.</summary>
public sealed class LivenessHost : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    internal CsmsProcess Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await CsmsProcess.StartAsync(StationsHostFixture.Environment(_database, ("Ocpp__HeartbeatIntervalSeconds", "1")));

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
