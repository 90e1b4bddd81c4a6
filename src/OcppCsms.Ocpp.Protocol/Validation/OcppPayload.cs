using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OcppCsms.Ocpp.Protocol.Framing;

namespace OcppCsms.Ocpp.Protocol.Validation;

/// <summary>
/// Reads a message payload the way the official JSON schemas judge it: one <see cref="Utf8JsonReader"/> pass over the
/// received bytes checks every field against the record's schema (<see cref="SchemaBuilder"/>) and names the first
/// violation with its precise error code; only a payload that passes is bound to the record.
/// </summary>
public static class OcppPayload
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = OcppFrameReader.MaxDepth };

    public static bool TryRead<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> typeInfo, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out PayloadViolation? violation)
    {
        violation = Validate(json, typeInfo);
        if (violation is not null)
        {
            value = default;
            return false;
        }

        // The schema admits only what binds; a failure here is a record that disagrees with its own schema, a bug.
        value = JsonSerializer.Deserialize(json, typeInfo)!;
        return true;
    }

    /// <summary>The rules a payload of <paramref name="typeInfo"/> is held to, in JSON Schema terms.</summary>
    internal static System.Text.Json.Nodes.JsonObject DescribeSchema(JsonTypeInfo typeInfo) => SchemaBuilder.For(typeInfo).Describe();

    /// <summary>The first violation of <paramref name="typeInfo"/>'s schema in <paramref name="json"/>, or null when it conforms.</summary>
    public static PayloadViolation? Validate(ReadOnlySpan<byte> json, JsonTypeInfo typeInfo)
    {
        var schema = SchemaBuilder.For(typeInfo);
        var reader = new Utf8JsonReader(json, ReaderOptions);
        try
        {
            if (!reader.Read())
            {
                return new PayloadViolation(OcppErrorCode.FormatViolation, "", "is empty");
            }

            return schema.Check(ref reader);
        }
        catch (JsonException)
        {
            return new PayloadViolation(OcppErrorCode.FormatViolation, "", "is not valid JSON");
        }
    }
}
