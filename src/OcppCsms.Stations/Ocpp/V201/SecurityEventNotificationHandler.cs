using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Stations.SecurityEvents;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>OCPP 2.0.1 A04 SecurityEventNotification: kept, critical ones (appendix 1) raised (see <see cref="SecurityEventLog"/>).</summary>
internal sealed class SecurityEventNotificationHandler(SecurityEventLog log)
    : OcppCallHandler<SecurityEventNotificationRequest, SecurityEventNotificationResponse>(
        V201JsonContext.Default.SecurityEventNotificationRequest, V201JsonContext.Default.SecurityEventNotificationResponse)
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "SecurityEventNotification";

    protected override async ValueTask<SecurityEventNotificationResponse> HandleAsync(
        OcppCall call, SecurityEventNotificationRequest request, CancellationToken cancellationToken)
    {
        await log.RecordAsync(call.StationId, Version, request.Type, request.Timestamp, request.TechInfo, cancellationToken);
        return new SecurityEventNotificationResponse();
    }
}
