namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>
/// One host on a fresh SQLite file, shared by the tests of a class that do not disturb each other. Its connection
/// limit is raised: together those tests open more station connections a minute than the default allows one address.
/// Unknown stations are accepted: those tests send CALLs from stations they never register, which the registration
/// gate would otherwise answer SecurityError.
/// </summary>
public sealed class SqliteHostFixture : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    internal CsmsProcess Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await CsmsProcess.StartAsync(_database.HostEnvironment(
        ("RateLimiting__WsConnectionsPerMinute", "10000"), ("Ocpp__UnknownStations", "Accept")));

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
