using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Ocpp;

/// <summary>
/// One host for the BootNotification tests, with intervals of their own (120 s heartbeat, 45 s boot retry) so that the
/// answers show the configured values. Each test boots stations of its own identities, so the tests share it.
/// </summary>
public sealed class BootNotificationHost : IAsyncLifetime
{
    internal AdminHost Setup { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Setup = await AdminHost.StartAsync(("Ocpp__HeartbeatIntervalSeconds", "120"), ("Ocpp__BootRetryIntervalSeconds", "45"));

    public async Task DisposeAsync() => await Setup.DisposeAsync();
}
