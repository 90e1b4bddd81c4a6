using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Events;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.Boot;

/// <summary>
/// The answer to a BootNotification, whatever the version: the station's registration status in the registry decides
/// Accepted, Pending or Rejected, and the interval is the heartbeat interval when accepted, the retry interval
/// otherwise. A station missing from the registry (deleted while connected) is Pending until an operator decides.
/// Storing the boot details (vendor, model, firmware, ...) is the provisioning work of the OCPP issues.
/// </summary>
internal sealed class BootDecision(StationRegistry registry, IOptions<BootOptions> options, IEventPublisher events, TimeProvider clock)
{
    public async Task<BootAnswer> DecideAsync(string stationId, string vendor, string model, string? firmwareVersion, CancellationToken cancellationToken)
    {
        var status = (await registry.FindAsync(stationId, cancellationToken))?.RegistrationStatus ?? RegistrationStatus.Pending;
        var settings = options.Value;
        var interval = status == RegistrationStatus.Accepted ? settings.HeartbeatIntervalSeconds : settings.BootRetryIntervalSeconds;
        events.Publish(CsmsEventTypes.BootNotificationReceived, stationId, new Dictionary<string, object?>
        {
            ["vendor"] = vendor,
            ["model"] = model,
            ["firmwareVersion"] = firmwareVersion,
            ["registrationStatus"] = status.ToString(),
        });
        return new BootAnswer(status, interval, clock.GetUtcNow().UtcDateTime);
    }
}

internal readonly record struct BootAnswer(RegistrationStatus Status, int IntervalSeconds, DateTime CurrentTime);
