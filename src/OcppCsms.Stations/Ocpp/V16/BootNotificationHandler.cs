using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Stations.Boot;

namespace OcppCsms.Stations.Ocpp.V16;

/// <summary>
/// OCPP 1.6 §4.2 BootNotification: the details of §6.3 are kept, the answer comes from the station's registration
/// status (see <see cref="BootDecision"/>).
/// </summary>
internal sealed class BootNotificationHandler(BootDecision decision)
    : OcppCallHandler<BootNotificationRequest, BootNotificationResponse>(V16JsonContext.Default.BootNotificationRequest, V16JsonContext.Default.BootNotificationResponse)
{
    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "BootNotification";

    protected override async ValueTask<BootNotificationResponse> HandleAsync(OcppCall call, BootNotificationRequest request, CancellationToken cancellationToken)
    {
        var answer = await decision.DecideAsync(new StationBoot
        {
            StationId = call.StationId,
            Protocol = OcppSubProtocol.V16,
            Vendor = request.ChargePointVendor,
            Model = request.ChargePointModel,
            SerialNumber = request.ChargePointSerialNumber,
            ChargeBoxSerialNumber = request.ChargeBoxSerialNumber,
            FirmwareVersion = request.FirmwareVersion,
            Iccid = request.Iccid,
            Imsi = request.Imsi,
            MeterType = request.MeterType,
            MeterSerialNumber = request.MeterSerialNumber,
        }, cancellationToken);
        return new BootNotificationResponse
        {
            CurrentTime = answer.CurrentTime,
            Interval = answer.IntervalSeconds,
            Status = Enum.Parse<RegistrationStatus>(answer.Status.ToString()),
        };
    }
}
