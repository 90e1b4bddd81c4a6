using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Stations.SecurityEvents;

namespace OcppCsms.Stations.Ocpp.V16;

/// <summary>OCPP 1.6 security whitepaper §5.15 SecurityEventNotification: kept, critical ones (§8) raised (see <see cref="SecurityEventLog"/>).</summary>
internal sealed class SecurityEventNotificationHandler(SecurityEventLog log)
    : OcppCallHandler<SecurityEventNotificationRequest, SecurityEventNotificationResponse>(
        V16JsonContext.Default.SecurityEventNotificationRequest, V16JsonContext.Default.SecurityEventNotificationResponse)
{
    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "SecurityEventNotification";

    protected override async ValueTask<SecurityEventNotificationResponse> HandleAsync(
        OcppCall call, SecurityEventNotificationRequest request, CancellationToken cancellationToken)
    {
        await log.RecordAsync(call.StationId, Version, request.Type, request.Timestamp, request.TechInfo, cancellationToken);
        return new SecurityEventNotificationResponse();
    }
}
