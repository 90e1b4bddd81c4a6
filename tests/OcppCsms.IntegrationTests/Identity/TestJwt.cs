using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OcppCsms.IntegrationTests.Identity;

/// <summary>
/// JSON Web Tokens built by hand (RFC 7519: base64url of header and claims, then the signature), so a test can produce
/// exactly the token it needs, including ones no well-behaved library would sign.
/// </summary>
internal static class TestJwt
{
    public const string Issuer = "ocpp-csms";
    public const string Audience = "ocpp-csms-api";

    /// <summary>The claims the host issues for a user, valid for ten minutes from now; change any before signing.</summary>
    public static Dictionary<string, object> Claims(string name = "forged", string role = "Admin")
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["sub"] = Guid.NewGuid().ToString(),
            ["name"] = name,
            ["role"] = role,
            ["csms_principal"] = "user",
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 600,
        };
    }

    public static string Hs256(IReadOnlyDictionary<string, object> claims, string key = IdentityHostFixture.SigningKey) =>
        Sign("HS256", claims, data => HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), data));

    public static string Hs512(IReadOnlyDictionary<string, object> claims, string key = IdentityHostFixture.SigningKey) =>
        Sign("HS512", claims, data => HMACSHA512.HashData(Encoding.UTF8.GetBytes(key), data));

    /// <summary>An "unsecured JWT" (RFC 7519 §6): <c>alg: none</c> and an empty signature.</summary>
    public static string Unsigned(IReadOnlyDictionary<string, object> claims) =>
        $"{Part(new { alg = "none", typ = "JWT" })}.{Part(claims)}.";

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }

    private static string Sign(string algorithm, IReadOnlyDictionary<string, object> claims, Func<byte[], byte[]> mac)
    {
        var signingInput = $"{Part(new { alg = algorithm, typ = "JWT" })}.{Part(claims)}";
        return $"{signingInput}.{Base64Url(mac(Encoding.ASCII.GetBytes(signingInput)))}";
    }

    private static string Part(object value) => Base64Url(JsonSerializer.SerializeToUtf8Bytes(value));
}
