using System.Security.Cryptography;
using System.Text;

namespace OcppCsms.Stations.Authentication;

/// <summary>
/// Station Basic passwords: generated, hashed and checked. They are random, 16 to 40 characters (OCPP 2.0.1 part 2
/// A00.FR.205, 1.6 security whitepaper A00.FR.205), so a dictionary or brute-force attack on a stolen hash is hopeless
/// with or without key stretching; one salted HMAC-SHA256 is enough, and a reconnect storm of thousands of stations
/// does not turn into seconds of CPU (docs/adr/0012). OCPP 2.0.1 A01.FR.08: only salted hashes are stored.
/// </summary>
internal static class StationPassword
{
    public const int MinLength = 16;
    public const int MaxLength = 40;
    private const int SaltBytes = 16;

    /// <summary>
    /// 32 hex digits, 128 random bits. Hex fits both versions: a 1.6 AuthorizationKey is hex, at least 16 bytes
    /// (whitepaper A00.FR.205) and a 2.0.1 BasicAuthPassword is 16 to 40 alphanumerics (A00.FR.205).
    /// </summary>
    public static string Generate() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static (string Hash, string Salt) Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return (Convert.ToHexStringLower(Compute(salt, password)), Convert.ToHexStringLower(salt));
    }

    public static bool Matches(string password, byte[] hash, byte[] salt) =>
        CryptographicOperations.FixedTimeEquals(Compute(salt, password), hash);

    /// <summary>The characters a password may hold: printable ASCII without the space, as station configuration values carry them.</summary>
    public static bool IsAllowed(string password) => password.All(c => c is > ' ' and <= '~');

    private static byte[] Compute(byte[] salt, string password) => HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(password));
}
