using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Events;

/// <summary>A bad <c>Events</c> value stops the start with one line that names the key, as every other setting does.</summary>
public sealed class EventsOptionsTests
{
    [Theory]
    [InlineData("Events__SubscriberBufferSize", "0", "Events:SubscriberBufferSize must be between 1 and 1000000 (got 0).")]
    [InlineData("Events__SseHeartbeatSeconds", "0", "Events:SseHeartbeatSeconds must be between 1 and 3600 (got 0).")]
    [InlineData("Events__WebhookTimeoutSeconds", "0", "Events:WebhookTimeoutSeconds must be between 1 and 300 (got 0).")]
    [InlineData("Events__WebhookMaxPendingDeliveries", "0", "Events:WebhookMaxPendingDeliveries must be between 1 and 1000000 (got 0).")]
    [InlineData("Events__WebhookRetrySeconds", "1,0", "Events:WebhookRetrySeconds must be a comma-separated list of at most 20 delays, each between 1 and 86400 seconds (got '1,0').")]
    [InlineData("Events__WebhookRetrySeconds", "1,5,soon", "Events:WebhookRetrySeconds must be a comma-separated list")]
    [InlineData("Events__SubscriberBufferSize", "many", "Events:SubscriberBufferSize")]
    public async Task A_bad_value_stops_the_start_naming_the_key(string variable, string value, string expected)
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment((variable, value)), expectListening: false);

        Assert.Equal(78, await host.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var error = Assert.Single(host.StandardError, line => line.Length > 0);
        Assert.StartsWith("OcppCsms cannot start: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
