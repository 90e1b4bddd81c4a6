using System.Collections.Frozen;
using System.Text.Json;
using OcppCsms.Ocpp.Protocol.Messages;

namespace OcppCsms.Ocpp.Protocol.Framing;

/// <summary>
/// Reads the OCPP-J wrapper of one WebSocket message with a single <see cref="Utf8JsonReader"/> pass over the received
/// bytes: the message type, id and action are decoded, the payload is validated as JSON and sliced, never copied.
/// Every way a message can be malformed maps to one <see cref="FrameError"/>; nothing from a bad message is echoed
/// except a readable message id.
/// </summary>
public static class OcppFrameReader
{
    /// <summary>OCPP 2.0.1 part 4 §4.1.4: messageId is string[36] (room for a UUID); OCPP-J 1.6 §4.2 is read alike.</summary>
    public const int MaxMessageIdLength = 36;

    /// <summary>OCPP messages nest a few levels; a deep document is a resource attack, not a message.</summary>
    public const int MaxDepth = 32;

    public const string UnreadableMessageId = "-1";

    /// <summary>Longer than any action name of either version; a longer action is read as a new string.</summary>
    private const int LongestKnownAction = 64;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Every action of both versions: a known action is read as this one string, not a new one per CALL.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownActions = OcppMessageCatalog.For(OcppVersion.V16).All
        .Concat(OcppMessageCatalog.For(OcppVersion.V201).All)
        .Select(message => message.Action)
        .ToFrozenSet(StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryRead(ReadOnlyMemory<byte> utf8, OcppVersion version, out OcppFrame frame, out FrameError error)
    {
        frame = default;
        string? messageId = null;
        var reader = new Utf8JsonReader(utf8.Span, Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return Unreadable("A message is a JSON array.", out error);
            }

            if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var type))
            {
                return Unreadable("The first element, the message type, must be an integer.", out error);
            }

            if (!reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                return Unreadable("The second element, the message id, must be a string.", out error);
            }

            if (reader.ValueSpan.Length > MaxMessageIdLength * 6 || (messageId = reader.GetString()!).Length > MaxMessageIdLength)
            {
                messageId = null;
                return Unreadable($"The message id is longer than {MaxMessageIdLength} characters.", out error);
            }

            switch ((MessageTypeId)type)
            {
                case MessageTypeId.Call:
                    return ReadCall(ref reader, utf8, messageId, out frame, out error);
                case MessageTypeId.CallResult:
                    return ReadCallResult(ref reader, utf8, messageId, out frame, out error);
                case MessageTypeId.CallError:
                    return ReadCallError(ref reader, utf8, messageId, out frame, out error);
                default:
                    // OCPP-J 1.6 §4.1.3: ignore it. OCPP 2.0.1 part 4 §4.4: answer MessageTypeNotSupported.
                    error = new FrameError(OcppErrorCode.MessageTypeNotSupported, messageId, $"Message type {type} is not supported.", Answer: version != OcppVersion.V16);
                    return false;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not JSON, not UTF-8, too deep, or trailing data. With a readable id the payload is at fault (FormatViolation);
            // without one the message is not an RPC at all (RpcFrameworkError, id -1).
            error = messageId is null
                ? new FrameError(OcppErrorCode.RpcFrameworkError, UnreadableMessageId, "The message is not valid JSON.", Answer: true)
                : new FrameError(OcppErrorCode.FormatViolation, messageId, "The message is not valid JSON.", Answer: true);
            return false;
        }
    }

    private static bool ReadCall(ref Utf8JsonReader reader, ReadOnlyMemory<byte> utf8, string messageId, out OcppFrame frame, out FrameError error)
    {
        frame = default;
        if (!reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            return Invalid(OcppErrorCode.ProtocolError, messageId, "The third element of a CALL, the action, must be a string.", answer: true, out error);
        }

        var action = ActionOf(ref reader);
        if (!TryReadObject(ref reader, utf8, out var payload))
        {
            return Invalid(OcppErrorCode.FormatViolation, messageId, "The payload of a CALL must be a JSON object.", answer: true, out error);
        }

        if (!TryReadEnd(ref reader))
        {
            return Invalid(OcppErrorCode.ProtocolError, messageId, "A CALL has exactly four elements.", answer: true, out error);
        }

        frame = new OcppFrame(MessageTypeId.Call, messageId, action, payload);
        error = default;
        return true;
    }

    private static bool ReadCallResult(ref Utf8JsonReader reader, ReadOnlyMemory<byte> utf8, string messageId, out OcppFrame frame, out FrameError error)
    {
        frame = default;
        if (!TryReadObject(ref reader, utf8, out var payload) || !TryReadEnd(ref reader))
        {
            return Invalid(OcppErrorCode.ProtocolError, messageId, "A CALLRESULT is [3, messageId, {payload}].", answer: false, out error);
        }

        frame = new OcppFrame(MessageTypeId.CallResult, messageId, null, payload);
        error = default;
        return true;
    }

    private static bool ReadCallError(ref Utf8JsonReader reader, ReadOnlyMemory<byte> utf8, string messageId, out OcppFrame frame, out FrameError error)
    {
        frame = default;
        if (!reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            return Invalid(OcppErrorCode.ProtocolError, messageId, "The error code of a CALLERROR must be a string.", answer: false, out error);
        }

        var code = reader.GetString()!;
        if (!reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            return Invalid(OcppErrorCode.ProtocolError, messageId, "The error description of a CALLERROR must be a string.", answer: false, out error);
        }

        var description = reader.GetString()!;
        if (!TryReadObject(ref reader, utf8, out var details) || !TryReadEnd(ref reader))
        {
            return Invalid(OcppErrorCode.ProtocolError, messageId, "A CALLERROR is [4, messageId, errorCode, errorDescription, {errorDetails}].", answer: false, out error);
        }

        frame = new OcppFrame(MessageTypeId.CallError, messageId, null, details, code, description);
        error = default;
        return true;
    }

    private static bool TryReadObject(ref Utf8JsonReader reader, ReadOnlyMemory<byte> utf8, out ReadOnlyMemory<byte> json)
    {
        json = default;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        json = utf8[start..(int)reader.BytesConsumed];
        return true;
    }

    private static string ActionOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueSpan.Length <= LongestKnownAction)
        {
            Span<char> text = stackalloc char[LongestKnownAction];
            if (KnownActions.TryGetValue(text[..reader.CopyString(text)], out var known))
            {
                return known;
            }
        }

        return reader.GetString()!;
    }

    // The wrapper ends with the array; Utf8JsonReader itself refuses anything but white space after it.
    private static bool TryReadEnd(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.EndArray && !reader.Read();

    private static bool Unreadable(string description, out FrameError error) =>
        Invalid(OcppErrorCode.RpcFrameworkError, UnreadableMessageId, description, answer: true, out error);

    private static bool Invalid(OcppErrorCode code, string messageId, string description, bool answer, out FrameError error)
    {
        error = new FrameError(code, messageId, description, answer);
        return false;
    }
}
