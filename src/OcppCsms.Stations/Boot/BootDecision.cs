using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Events;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.Boot;

/// <summary>
/// The answer to a BootNotification, whatever the version: the station's registration status in the registry decides
/// Accepted, Pending or Rejected, and the interval is the heartbeat interval when accepted, the retry interval
/// otherwise. A station missing from the registry (deleted while connected) is Pending until an operator decides, and
/// nothing of its boot is kept. For a registered station the boot details replace those of its previous boot, and the
/// configuration keys that waited for a reboot (ChangeConfiguration answered RebootRequired, OCPP 1.6 §5.3) are in effect.
/// </summary>
internal sealed class BootDecision(
    StationSnapshots stations, BootWriter writer, IOptions<BootOptions> options, IEventPublisher events, TimeProvider clock)
{
    public async Task<BootAnswer> DecideAsync(StationBoot boot, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The registration as the upgrade check left it in memory, moments ago; read again only when it has aged out.
        var registered = (await stations.GetAsync(boot.StationId, cancellationToken))?.RegistrationStatus;
        if (registered is not null)
        {
            boot.BootedAt = now;
            // Answered once stored: the batch holding this boot is committed.
            await writer.WriteAsync(boot, cancellationToken);
        }

        var status = registered ?? RegistrationStatus.Pending;
        var settings = options.Value;
        var interval = status == RegistrationStatus.Accepted ? settings.HeartbeatIntervalSeconds : settings.BootRetryIntervalSeconds;
        events.Publish(CsmsEventTypes.BootNotificationReceived, boot.StationId, new Dictionary<string, object?>
        {
            ["vendor"] = boot.Vendor,
            ["model"] = boot.Model,
            ["serialNumber"] = boot.SerialNumber,
            ["firmwareVersion"] = boot.FirmwareVersion,
            ["reason"] = boot.Reason,
            ["registrationStatus"] = status.ToString(),
        });
        return new BootAnswer(status, interval, now);
    }
}

internal readonly record struct BootAnswer(RegistrationStatus Status, int IntervalSeconds, DateTime CurrentTime);
