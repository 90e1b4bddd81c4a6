using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OcppCsms.Ocpp.Protocol.Framing;

namespace OcppCsms.Ocpp.Protocol.Validation;

/// <summary>
/// A JSON object of a message record: its fields, which are required, and whether other fields are allowed (only
/// OCPP 2.0.1 customData allows them; every other object of both versions has <c>additionalProperties: false</c>).
/// </summary>
internal sealed class ObjectSchema : SchemaNode
{
    /// <summary>Seen fields are tracked in one 64-bit mask; no OCPP object comes near that many fields.</summary>
    public const int MaxProperties = 64;

    private PropertySchema[] _properties = [];
    private ulong _required;
    private bool _allowsOtherProperties;

    /// <summary>Set once, after construction, so that the schema can be cached before its fields are built.</summary>
    public void Define(IReadOnlyList<PropertySchema> properties, bool allowsOtherProperties)
    {
        if (properties.Count > MaxProperties)
        {
            throw new InvalidOperationException($"An OCPP object has at most {MaxProperties} fields; this one has {properties.Count}.");
        }

        _properties = [.. properties];
        _allowsOtherProperties = allowsOtherProperties;
        for (var i = 0; i < _properties.Length; i++)
        {
            if (_properties[i].Required)
            {
                _required |= 1UL << i;
            }
        }
    }

    public override PayloadViolation? Check(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return WrongType("an object");
        }

        ulong seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = IndexOf(ref reader);
            if (index < 0)
            {
                if (!_allowsOtherProperties)
                {
                    // additionalProperties: false. The payload is not the PDU structure of the action: FormatViolation.
                    return new PayloadViolation(OcppErrorCode.FormatViolation, NameOf(ref reader), "is not a field of this message");
                }

                reader.Read();
                reader.Skip();
                continue;
            }

            var property = _properties[index];
            if ((seen & (1UL << index)) != 0)
            {
                return new PayloadViolation(OcppErrorCode.FormatViolation, property.Name, "appears more than once");
            }

            seen |= 1UL << index;
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                // An optional field sent as null is read as absent (some firmware writes them so); a required one is missing.
                if (property.Required)
                {
                    return new PayloadViolation(OcppErrorCode.OccurrenceConstraintViolation, property.Name, "is required and may not be null");
                }

                continue;
            }

            if (property.Value.Check(ref reader) is { } violation)
            {
                return violation.Under(property.Name);
            }
        }

        var missing = _required & ~seen;
        return missing == 0
            ? null
            : new PayloadViolation(OcppErrorCode.OccurrenceConstraintViolation, _properties[BitOperations.TrailingZeroCount(missing)].Name, "is required");
    }

    public override JsonObject Describe() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject(_properties.Select(p => KeyValuePair.Create(p.Name, (JsonNode?)p.Value.Describe()))),
        ["required"] = new JsonArray([.. _properties.Where(p => p.Required).Select(p => (JsonNode)p.Name)]),
        ["additionalProperties"] = _allowsOtherProperties,
    };

    private int IndexOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < _properties.Length; i++)
        {
            if (reader.ValueTextEquals(_properties[i].Utf8Name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>An unknown field's name, shortened: it is the station's input, echoed only as far as it helps.</summary>
    private static string NameOf(ref Utf8JsonReader reader)
    {
        var name = reader.GetString() ?? "";
        return name.Length <= 64 ? name : name[..64] + "…";
    }
}

/// <summary>One field of an object: its JSON name, whether the schema requires it, and its value's rules.</summary>
internal sealed record PropertySchema(string Name, bool Required, SchemaNode Value)
{
    public byte[] Utf8Name { get; } = Encoding.UTF8.GetBytes(Name);
}
