using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Ocpp;

/// <summary>
/// One in-process host on real Kestrel with a 2 s call timeout, for the CSMS-to-station call tests; each test calls
/// stations of its own.
/// </summary>
public sealed class StationCallHost : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    internal KestrelInProcessHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host = new KestrelInProcessHost(_database, ("Ocpp__CallTimeoutSeconds", "2"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
