namespace OcppCsms.Identity.Jwt;

/// <summary>The <c>Jwt</c> section: how operator access tokens are signed and checked.</summary>
internal sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    /// <summary>HMAC-SHA256 needs a key of at least 256 bits (RFC 7518 §3.2).</summary>
    public const int MinimumKeyBytes = 32;

    /// <summary>At least 32 bytes (UTF-8). When absent, a key is generated and kept in the database.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "ocpp-csms";

    public string Audience { get; set; } = "ocpp-csms-api";

    public int AccessTokenMinutes { get; set; } = 15;

    /// <summary>How long a refresh token stays usable; each use replaces it with a new one.</summary>
    public int RefreshTokenDays { get; set; } = 14;
}
