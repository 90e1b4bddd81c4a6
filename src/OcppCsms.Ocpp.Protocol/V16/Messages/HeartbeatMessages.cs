namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.31 Heartbeat.req: no fields (section numbers to be checked against the text).</summary>
public sealed record HeartbeatRequest;

/// <summary>OCPP 1.6 §6.32 Heartbeat.conf.</summary>
public sealed record HeartbeatResponse
{
    /// <summary>The CSMS's current time, which the station may adopt as its clock (§4.6).</summary>
    public required DateTime CurrentTime { get; init; }
}
