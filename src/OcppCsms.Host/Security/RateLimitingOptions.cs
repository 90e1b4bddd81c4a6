namespace OcppCsms.Host.Security;

/// <summary>The <c>RateLimiting</c> section: how many API requests a client may make a minute.</summary>
internal sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Sign-in and token refresh requests per client IP address, together.</summary>
    public int LoginPerMinute { get; set; } = 10;

    /// <summary>
    /// Every other request under <c>/api/</c>: per signed-in user or API key (a key's own limit overrides this), or per
    /// client IP address when the request carries no valid credentials.
    /// </summary>
    public int ApiPerMinute { get; set; } = 100;

    /// <summary>
    /// New OCPP WebSocket connections per client IP address. A station reconnects a few times an hour at most; a burst
    /// from one address is a misbehaving station (or many behind one NAT: raise it) or an attack on the TLS handshake.
    /// </summary>
    public int WsConnectionsPerMinute { get; set; } = 20;
}
