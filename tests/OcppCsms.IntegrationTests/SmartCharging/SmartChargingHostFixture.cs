using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.SmartCharging;

/// <summary>
/// One host and a signed-in admin for the smart-charging tests, which each use stations of their own; together they make
/// more API calls a minute than the default limit allows one user.
/// </summary>
public sealed class SmartChargingHostFixture : IAsyncLifetime
{
    internal AdminHost Setup { get; private set; } = null!;

    public async Task InitializeAsync() => Setup = await AdminHost.StartAsync(("Ocpp__CallTimeoutSeconds", "5"), ("RateLimiting__ApiPerMinute", "10000"), ("RateLimiting__LoginPerMinute", "1000"));

    public async Task DisposeAsync() => await Setup.DisposeAsync();
}
