namespace OcppCsms.Identity.Jwt;

/// <summary>A generated HMAC key kept in the database so that issued tokens survive restarts and nodes agree.</summary>
internal sealed class SigningKey
{
    public const string JwtKeyId = "jwt-hs256";

    public required string Id { get; init; }

    /// <summary>Base64 of the raw key bytes.</summary>
    public required string KeyMaterial { get; init; }

    public DateTime CreatedAt { get; init; }
}
