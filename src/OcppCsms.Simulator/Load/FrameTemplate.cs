using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace OcppCsms.Simulator.Load;

/// <summary>
/// A CALL serialised once, sent many times: the message id, the timestamp and the energy register are fixed-width
/// fields patched in place before each send, so a burst of thousands of messages a second allocates nothing.
/// Each in-flight slot of a station owns its own copy.
/// </summary>
internal sealed class FrameTemplate
{
    /// <summary>Message ids are 10 digits: unique per station for the length of any run (OCPP-J: at most 36 characters).</summary>
    public const int IdDigits = 10;

    private const string TimestampPlaceholder = "2000-01-01T00:00:00.000Z";
    private const string RegisterPlaceholder = "1000000000";
    private static readonly StandardFormat IdFormat = new('D', IdDigits);

    private readonly int _timestampAt;
    private readonly int _registerAt;

    /// <param name="payload">The JSON payload; it may hold <see cref="TimestampPlaceholder"/> and <see cref="RegisterPlaceholder"/> once each.</param>
    public FrameTemplate(string action, string payload)
    {
        Action = action;
        Bytes = Encoding.UTF8.GetBytes($"[2,\"{new string('0', IdDigits)}\",\"{action}\",{payload}]");
        _timestampAt = IndexOf(TimestampPlaceholder);
        _registerAt = IndexOf(RegisterPlaceholder);
    }

    public string Action { get; }

    public byte[] Bytes { get; }

    /// <summary>The timestamp to put in a payload that is patched with the send time.</summary>
    public static string Timestamp => TimestampPlaceholder;

    /// <summary>The register value to put in a payload that is patched with a growing register (10 digits, Wh).</summary>
    public static string Register => RegisterPlaceholder;

    public FrameTemplate Copy() => new(this);

    /// <summary>Writes the message id, and the send time and register where the payload has them.</summary>
    public void Patch(long messageId, DateTime now, long registerWh)
    {
        Utf8Formatter.TryFormat(messageId, Bytes.AsSpan(4, IdDigits), out _, IdFormat);
        if (_timestampAt >= 0)
        {
            now.TryFormat(Bytes.AsSpan(_timestampAt, TimestampPlaceholder.Length), out _, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (_registerAt >= 0)
        {
            Utf8Formatter.TryFormat(1_000_000_000L + registerWh, Bytes.AsSpan(_registerAt, RegisterPlaceholder.Length), out _);
        }
    }

    private FrameTemplate(FrameTemplate template)
    {
        Action = template.Action;
        Bytes = (byte[])template.Bytes.Clone();
        _timestampAt = template._timestampAt;
        _registerAt = template._registerAt;
    }

    private int IndexOf(string placeholder) => Bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(placeholder));
}
