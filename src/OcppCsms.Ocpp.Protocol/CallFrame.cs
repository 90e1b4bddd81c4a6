using System.Buffers;
using System.Text.Json;

namespace OcppCsms.Ocpp.Protocol;

/// <summary>
/// Reads the head of a CALL, <c>[2, "messageId", "Action", {payload}]</c> (OCPP-J 1.6 §4.2.1), and writes the
/// CALLERROR that answers it (§4.2.3). Both versions share this framing.
/// </summary>
public static class CallFrame
{
    /// <returns>True when the text is a JSON array starting with message type 2, a string id and a string action.</returns>
    public static bool TryReadHead(ReadOnlySpan<byte> utf8, out string messageId, out string action)
    {
        messageId = "";
        action = "";
        try
        {
            var reader = new Utf8JsonReader(utf8);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray
                || !reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var type) || type != (int)MessageTypeId.Call
                || !reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                return false;
            }

            messageId = reader.GetString()!;
            if (!reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                return false;
            }

            action = reader.GetString()!;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static byte[] WriteCallError(string messageId, string errorCode, string errorDescription)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue((int)MessageTypeId.CallError);
            writer.WriteStringValue(messageId);
            writer.WriteStringValue(errorCode);
            writer.WriteStringValue(errorDescription);
            writer.WriteStartObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
