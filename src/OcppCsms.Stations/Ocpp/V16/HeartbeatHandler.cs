using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;

namespace OcppCsms.Stations.Ocpp.V16;

/// <summary>OCPP 1.6 §4.6: Heartbeat.conf carries the CSMS's current time, which the station may adopt as its clock.</summary>
internal sealed class HeartbeatHandler(TimeProvider clock)
    : OcppCallHandler<HeartbeatRequest, HeartbeatResponse>(V16JsonContext.Default.HeartbeatRequest, V16JsonContext.Default.HeartbeatResponse)
{
    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "Heartbeat";

    protected override ValueTask<HeartbeatResponse> HandleAsync(OcppCall call, HeartbeatRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new HeartbeatResponse { CurrentTime = clock.GetUtcNow().UtcDateTime });
}
