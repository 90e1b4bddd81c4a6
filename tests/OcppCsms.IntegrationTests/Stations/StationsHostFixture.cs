using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Stations;

/// <summary>
/// One host on a fresh SQLite file with the default unknown-station policy (Pending), shared by the tests of a class.
/// Limits are raised far above what the tests send: they open many station connections and API calls from one address.
/// </summary>
public sealed class StationsHostFixture : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private Task<HttpClient>? _operator;

    internal CsmsProcess Host { get; private set; } = null!;

    /// <summary>One signed-in session of the seeded admin for the whole class; tests must not dispose it.</summary>
    internal Task<HttpClient> OperatorAsync() => _operator ??= OperatorSession.BearerClientAsync(Host);

    internal static Dictionary<string, string?> Environment(TestDatabase database, params (string Key, string? Value)[] extra) =>
        database.HostEnvironment([
            ("RateLimiting__WsConnectionsPerMinute", "10000"),
            ("RateLimiting__ApiPerMinute", "10000"),
            ("RateLimiting__LoginPerMinute", "10000"),
            .. extra,
        ]);

    public async Task InitializeAsync() => Host = await CsmsProcess.StartAsync(Environment(_database));

    public async Task DisposeAsync()
    {
        if (_operator is { IsCompletedSuccessfully: true })
        {
            (await _operator).Dispose();
        }

        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
