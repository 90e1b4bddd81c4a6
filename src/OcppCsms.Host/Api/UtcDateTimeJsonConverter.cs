using System.Text.Json;
using System.Text.Json.Serialization;

namespace OcppCsms.Host.Api;

/// <summary>
/// The API speaks UTC (docs/adr/0002): a timestamp with an offset is converted to UTC, one without is UTC as written.
/// System.Text.Json alone reads the first as local time and the second as <see cref="DateTimeKind.Unspecified"/>,
/// which every later <see cref="DateTime.ToUniversalTime"/> shifts by the server's own time zone.
/// </summary>
internal sealed class UtcDateTimeJsonConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // A bare JsonException gets the serializer's message and path, which BadRequestExceptionHandler turns into the field's error.
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTime(out var value))
        {
            throw new JsonException();
        }

        // With an offset (or Z) it is read again as DateTimeOffset: the local time System.Text.Json converted it to
        // would be ambiguous in a daylight-saving fall-back hour.
        return value.Kind == DateTimeKind.Unspecified
            ? DateTime.SpecifyKind(value, DateTimeKind.Utc)
            : reader.GetDateTimeOffset().UtcDateTime;
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
