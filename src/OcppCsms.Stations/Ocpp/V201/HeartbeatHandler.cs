using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>OCPP 2.0.1 G02: the HeartbeatResponse carries the CSMS's current time for the station's clock.</summary>
internal sealed class HeartbeatHandler(TimeProvider clock)
    : OcppCallHandler<HeartbeatRequest, HeartbeatResponse>(V201JsonContext.Default.HeartbeatRequest, V201JsonContext.Default.HeartbeatResponse)
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "Heartbeat";

    protected override ValueTask<HeartbeatResponse> HandleAsync(OcppCall call, HeartbeatRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new HeartbeatResponse { CurrentTime = clock.GetUtcNow().UtcDateTime });
}
