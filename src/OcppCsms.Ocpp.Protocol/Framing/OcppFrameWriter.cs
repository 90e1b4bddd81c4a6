using System.Buffers;
using System.Text.Json;

namespace OcppCsms.Ocpp.Protocol.Framing;

/// <summary>Writes the OCPP-J wrappers the CSMS sends (OCPP-J 1.6 §4.2, OCPP 2.0.1 part 4 §4.2).</summary>
public static class OcppFrameWriter
{
    /// <summary>OCPP 2.0.1 part 4 §4.2.3: errorDescription is string[255].</summary>
    public const int MaxErrorDescriptionLength = 255;

    /// <summary><c>[2, messageId, action, {payload}]</c>; the payload must be one JSON object, written as given.</summary>
    public static byte[] Call(string messageId, string action, ReadOnlySpan<byte> payloadJson)
    {
        var buffer = new ArrayBufferWriter<byte>(payloadJson.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue((int)MessageTypeId.Call);
            writer.WriteStringValue(messageId);
            writer.WriteStringValue(action);
            writer.WriteRawValue(payloadJson);
            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary><c>[3, messageId, {payload}]</c>; the payload must be one JSON object, written as given.</summary>
    public static byte[] CallResult(string messageId, ReadOnlySpan<byte> payloadJson)
    {
        var buffer = new ArrayBufferWriter<byte>(payloadJson.Length + 48);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue((int)MessageTypeId.CallResult);
            writer.WriteStringValue(messageId);
            writer.WriteRawValue(payloadJson);
            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary><c>[4, messageId, errorCode, errorDescription, {}]</c>; the details are always an object, never null.</summary>
    public static byte[] CallError(string messageId, OcppErrorCode code, OcppVersion version, string description)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue((int)MessageTypeId.CallError);
            writer.WriteStringValue(messageId);
            writer.WriteStringValue(code.ToWire(version));
            writer.WriteStringValue(description.Length > MaxErrorDescriptionLength ? description[..MaxErrorDescriptionLength] : description);
            writer.WriteStartObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
