namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>A read-only snapshot of one open station session. Times are UTC.</summary>
/// <param name="Protocol">The negotiated subprotocol, <c>ocpp1.6</c> or <c>ocpp2.0.1</c>.</param>
/// <param name="RemoteAddress">The station's address as this host sees it (after a trusted proxy's <c>X-Forwarded-For</c>).</param>
/// <param name="LastSeenAt">When the station last sent a frame; any frame counts as a sign of life.</param>
/// <param name="SecurityProfile">The security profile this connection satisfied at the upgrade (0 to 3).</param>
public sealed record StationSessionInfo(
    string StationId, string Protocol, string? RemoteAddress, DateTime ConnectedAt, DateTime LastSeenAt, int SecurityProfile);
