using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Events;

/// <summary>
/// One host for the event tests of a class: rate limits far above what the tests send (they sign in often), a 1 s SSE
/// heartbeat and a webhook retry schedule of 1 s, 1 s, 1 s, so retries are observable within a test.
/// </summary>
public sealed class EventsHostFixture : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    internal CsmsProcess Host { get; private set; } = null!;

    internal static Dictionary<string, string?> Environment(TestDatabase database, params (string Key, string? Value)[] extra) => database.HostEnvironment(
        [
            ("RateLimiting__LoginPerMinute", "10000"),
            ("RateLimiting__ApiPerMinute", "10000"),
            ("RateLimiting__WsConnectionsPerMinute", "10000"),
            ("Events__SseHeartbeatSeconds", "1"),
            ("Events__WebhookRetrySeconds", "1,1,1"),
            .. extra,
        ]);

    public async Task InitializeAsync() => Host = await CsmsProcess.StartAsync(Environment(_database));

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
