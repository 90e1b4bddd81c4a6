using System.Buffers;
using System.Text.Json;

namespace OcppCsms.Ocpp.Protocol.Framing;

/// <summary>
/// Writes the OCPP-J wrappers the CSMS sends (OCPP-J 1.6 §4.2, OCPP 2.0.1 part 4 §4.2). Every answer goes through here, so
/// each thread reuses one JSON writer and its buffer: a frame costs one allocation, the array it returns.
/// </summary>
public static class OcppFrameWriter
{
    /// <summary>OCPP 2.0.1 part 4 §4.2.3: errorDescription is string[255].</summary>
    public const int MaxErrorDescriptionLength = 255;

    /// <summary>A buffer grown past this by a large frame is not kept for the thread's next one.</summary>
    private const int KeptBufferBytes = 16 * 1024;

    [ThreadStatic]
    private static ReusedWriter? t_writer;

    /// <summary><c>[2, messageId, action, {payload}]</c>; the payload must be one JSON object, written as given.</summary>
    public static byte[] Call(string messageId, string action, ReadOnlySpan<byte> payloadJson)
    {
        var writer = Start(MessageTypeId.Call, messageId);
        writer.WriteStringValue(action);
        writer.WriteRawValue(payloadJson);
        return Finish(writer);
    }

    /// <summary><c>[3, messageId, {payload}]</c>; the payload must be one JSON object, written as given.</summary>
    public static byte[] CallResult(string messageId, ReadOnlySpan<byte> payloadJson)
    {
        var writer = Start(MessageTypeId.CallResult, messageId);
        writer.WriteRawValue(payloadJson);
        return Finish(writer);
    }

    /// <summary><c>[4, messageId, errorCode, errorDescription, {}]</c>; the details are always an object, never null.</summary>
    public static byte[] CallError(string messageId, OcppErrorCode code, OcppVersion version, string description)
    {
        var writer = Start(MessageTypeId.CallError, messageId);
        writer.WriteStringValue(code.ToWire(version));
        writer.WriteStringValue(description.Length > MaxErrorDescriptionLength ? description[..MaxErrorDescriptionLength] : description);
        writer.WriteStartObject();
        writer.WriteEndObject();
        return Finish(writer);
    }

    private static Utf8JsonWriter Start(MessageTypeId type, string messageId)
    {
        var reused = t_writer ??= new ReusedWriter();
        reused.Buffer.ResetWrittenCount();
        reused.Json.Reset(reused.Buffer);
        reused.Json.WriteStartArray();
        reused.Json.WriteNumberValue((int)type);
        reused.Json.WriteStringValue(messageId);
        return reused.Json;
    }

    private static byte[] Finish(Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.Flush();
        var reused = t_writer!;
        var frame = reused.Buffer.WrittenSpan.ToArray();
        if (reused.Buffer.Capacity > KeptBufferBytes)
        {
            t_writer = null;
        }

        return frame;
    }

    private sealed class ReusedWriter
    {
        public ArrayBufferWriter<byte> Buffer { get; } = new(256);

        public Utf8JsonWriter Json { get; }

        public ReusedWriter() => Json = new Utf8JsonWriter(Buffer);
    }
}
