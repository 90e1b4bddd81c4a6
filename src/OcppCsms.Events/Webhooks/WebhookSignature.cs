using System.Security.Cryptography;
using System.Text;

namespace OcppCsms.Events.Webhooks;

/// <summary>
/// <c>X-Csms-Signature: sha256=&lt;hex&gt;</c>, the HMAC-SHA256 (RFC 2104) of <c>"{timestamp}.{body}"</c> keyed with the
/// webhook's secret. Signing the timestamp with the body lets receivers refuse replays of old deliveries.
/// </summary>
internal static class WebhookSignature
{
    public const string Prefix = "sha256=";

    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + 1 + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, signed);
        signed[written] = (byte)'.';
        body.CopyTo(signed.AsSpan(written + 1));
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
