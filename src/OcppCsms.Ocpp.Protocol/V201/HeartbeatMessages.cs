namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §1.27 HeartbeatRequest (use case G02).</summary>
public sealed record HeartbeatRequest(CustomData? CustomData = null);

/// <summary>OCPP 2.0.1 part 2 §1.27 HeartbeatResponse: the CSMS's current time.</summary>
public sealed record HeartbeatResponse(DateTime CurrentTime, CustomData? CustomData = null);
