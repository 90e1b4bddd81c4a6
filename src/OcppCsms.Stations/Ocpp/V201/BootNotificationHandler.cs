using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Stations.Boot;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>OCPP 2.0.1 B01–B03 BootNotification: answered from the station's registration status (see <see cref="BootDecision"/>).</summary>
internal sealed class BootNotificationHandler(BootDecision decision)
    : OcppCallHandler<BootNotificationRequest, BootNotificationResponse>(V201JsonContext.Default.BootNotificationRequest, V201JsonContext.Default.BootNotificationResponse)
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "BootNotification";

    protected override async ValueTask<BootNotificationResponse> HandleAsync(OcppCall call, BootNotificationRequest request, CancellationToken cancellationToken)
    {
        var station = request.ChargingStation;
        var answer = await decision.DecideAsync(call.StationId, station.VendorName, station.Model, station.FirmwareVersion, cancellationToken);
        return new BootNotificationResponse
        {
            CurrentTime = answer.CurrentTime,
            Interval = answer.IntervalSeconds,
            Status = Enum.Parse<RegistrationStatusEnumType>(answer.Status.ToString()),
        };
    }
}
