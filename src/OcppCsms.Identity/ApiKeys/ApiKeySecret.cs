using System.Security.Cryptography;
using System.Text;

namespace OcppCsms.Identity.ApiKeys;

/// <summary>
/// The key a machine presents: <c>csk_{prefix}_{secret}</c>. The prefix (12 hex characters) finds the row; the secret
/// (32 random bytes, base64url) is checked against its stored SHA-256 hash in constant time.
/// </summary>
internal readonly record struct ApiKeySecret(string Prefix, string Secret)
{
    private const string Scheme = "csk_";
    private const int PrefixLength = 12;

    public override string ToString() => $"{Scheme}{Prefix}_{Secret}";

    public static ApiKeySecret Generate() =>
        new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixLength / 2)), Base64Url(RandomNumberGenerator.GetBytes(32)));

    public static bool TryParse(string presented, out ApiKeySecret key)
    {
        key = default;
        if (!presented.StartsWith(Scheme, StringComparison.Ordinal) || presented.Length != Scheme.Length + PrefixLength + 1 + 43
            || presented[Scheme.Length + PrefixLength] != '_')
        {
            return false;
        }

        key = new ApiKeySecret(presented.Substring(Scheme.Length, PrefixLength), presented[(Scheme.Length + PrefixLength + 1)..]);
        return true;
    }

    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Secret)));

    public bool Matches(string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash()), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
