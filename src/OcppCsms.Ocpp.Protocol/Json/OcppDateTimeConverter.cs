using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OcppCsms.Ocpp.Protocol.Json;

/// <summary>
/// OCPP date-times are RFC 3339 (OCPP 1.6 §7.13 dateTime, OCPP 2.0.1 part 2 §2.1.1): the CSMS writes UTC with
/// millisecond precision and a 'Z', which every station firmware parses; it reads any RFC 3339 value as UTC
/// (<see cref="OcppDateTime"/>).
/// </summary>
public sealed class OcppDateTimeConverter : JsonConverter<DateTime>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !OcppDateTime.TryRead(ref reader, out var value))
        {
            throw new JsonException("A date-time must be an RFC 3339 string.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture));
}
