using System.Text;
using System.Text.Unicode;

namespace OcppCsms.Stations.Authentication;

/// <summary>
/// The user name and password of an HTTP Basic <c>Authorization</c> header (RFC 7617): <c>Basic base64(user:password)</c>,
/// UTF-8 inside. OCPP 2.0.1 part 2 A00.FR.205: the station sends its password as a UTF-8 string, not as octets.
/// </summary>
internal sealed record BasicCredentials(string UserName, string Password)
{
    // Identity (48) + ':' + password (40) is 89 characters; their base64 with any UTF-8 stays far below this.
    private const int MaxHeaderLength = 512;
    private const string Scheme = "Basic";

    /// <param name="problem">Why the header is not usable credentials, for the log; null when they were parsed.</param>
    public static BasicCredentials? Parse(string header, out string? problem)
    {
        problem = null;
        var separator = header.IndexOf(' ', StringComparison.Ordinal);
        if (header.Length > MaxHeaderLength)
        {
            problem = "the Authorization header is too long";
        }
        else if (separator < 0 || !header.AsSpan(0, separator).Equals(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            // RFC 9110 §11.1: the scheme name is case-insensitive.
            problem = "the Authorization header is not of the Basic scheme";
        }
        else if (!TryDecodeBase64(header.AsSpan(separator + 1).Trim(' '), out var bytes))
        {
            problem = "the Basic credentials are not base64";
        }
        else if (!Utf8.IsValid(bytes))
        {
            problem = "the Basic credentials are not UTF-8";
        }
        else
        {
            var text = Encoding.UTF8.GetString(bytes);
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                problem = "the Basic credentials have no ':' between user name and password";
            }
            else
            {
                // The first ':' separates them: an identity has none (part 4 §3.1.1), a password may.
                return new BasicCredentials(text[..colon], text[(colon + 1)..]);
            }
        }

        return null;
    }

    private static bool TryDecodeBase64(ReadOnlySpan<char> encoded, out byte[] bytes)
    {
        var buffer = new byte[encoded.Length * 3 / 4 + 3];
        if (encoded.IsEmpty || !Convert.TryFromBase64Chars(encoded, buffer, out var written))
        {
            bytes = [];
            return false;
        }

        bytes = buffer[..written];
        return true;
    }
}
