using OcppCsms.Ocpp.Protocol;

namespace OcppCsms.Ocpp.Server;

/// <summary>The <c>Ocpp</c> section: how the OCPP-J endpoint talks to stations.</summary>
internal sealed class OcppServerOptions
{
    public const string SectionName = "Ocpp";
    public const int MinMessageBytes = 1024;
    public const int MaxMessageBytesLimit = 16 * 1024 * 1024;

    /// <summary>
    /// The largest message a station may send; a larger one closes the connection with 1009 (RFC 6455 §7.4.1).
    /// Buffers grow to this size only while such a message arrives, so idle connections stay small.
    /// </summary>
    public int MaxMessageBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// The subprotocols the server accepts, comma-separated, in its order of preference: a station offering several gets
    /// the first of these it offered, whatever its own order (OCPP-J 1.6 §3.1.2, OCPP 2.0.1 part 4 §3.1.2). One string,
    /// not an array: configuration merges arrays element by element, so an override could not shorten the list.
    /// </summary>
    public string SubProtocols { get; set; } = $"{OcppSubProtocol.V201},{OcppSubProtocol.V16}";

    /// <summary>How long the CSMS waits for a station's answer to its CALL; then the call has timed out (OCPP-J 1.6 §4.1.1).</summary>
    public int CallTimeoutSeconds { get; set; } = 30;

    /// <summary>How often the server pings an idle station (RFC 6455 §5.5.2); 0 turns pings off.</summary>
    public int PingIntervalSeconds { get; set; } = 30;

    /// <summary>
    /// How long the server waits for the Pong to its Ping before it takes the station for gone: the connection is
    /// aborted and the session ends, so the station shows offline instead of hanging on a dead TCP connection.
    /// </summary>
    public int PongTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// permessage-deflate (RFC 7692) for stations that offer it: OCPP 2.0.1 part 4 §3.3 requires a CSMS to support it, to
    /// save mobile data.
    /// </summary>
    public bool Compression { get; set; } = true;

    /// <summary>
    /// Browser origins allowed to open a station connection. Stations send no Origin header; a browser always does, so
    /// by default (empty) a web page cannot pose as a station through a visitor's browser.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    public IReadOnlyList<string> SubProtocolPreference =>
        SubProtocols.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
