using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Stations.Boot;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 B01–B03 BootNotification: the reason and the station's description are kept, the answer comes from its
/// registration status (see <see cref="BootDecision"/>).
/// </summary>
internal sealed class BootNotificationHandler(BootDecision decision)
    : OcppCallHandler<BootNotificationRequest, BootNotificationResponse>(V201JsonContext.Default.BootNotificationRequest, V201JsonContext.Default.BootNotificationResponse)
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "BootNotification";

    protected override async ValueTask<BootNotificationResponse> HandleAsync(OcppCall call, BootNotificationRequest request, CancellationToken cancellationToken)
    {
        var station = request.ChargingStation;
        var answer = await decision.DecideAsync(new StationBoot
        {
            StationId = call.StationId,
            Protocol = OcppSubProtocol.V201,
            Reason = request.Reason.ToString(),
            Vendor = station.VendorName,
            Model = station.Model,
            SerialNumber = station.SerialNumber,
            FirmwareVersion = station.FirmwareVersion,
            Iccid = station.Modem?.Iccid,
            Imsi = station.Modem?.Imsi,
        }, cancellationToken);
        return new BootNotificationResponse
        {
            CurrentTime = answer.CurrentTime,
            Interval = answer.IntervalSeconds,
            Status = Enum.Parse<RegistrationStatusEnumType>(answer.Status.ToString()),
        };
    }
}
