namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §4.6 Heartbeat.req: no fields.</summary>
public sealed record HeartbeatRequest;

/// <summary>OCPP 1.6 §4.6 Heartbeat.conf: the CSMS's current time, for the station's clock.</summary>
public sealed record HeartbeatResponse(DateTime CurrentTime);
