namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.29 Heartbeat.req: no fields.</summary>
public sealed record HeartbeatRequest;

/// <summary>OCPP 1.6 §6.30 Heartbeat.conf.</summary>
public sealed record HeartbeatResponse
{
    /// <summary>The CSMS's current time, which the station may adopt as its clock (§4.6).</summary>
    public required DateTime CurrentTime { get; init; }
}
