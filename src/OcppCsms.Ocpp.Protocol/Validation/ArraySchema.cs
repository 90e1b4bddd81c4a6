using System.Text.Json;
using System.Text.Json.Nodes;
using OcppCsms.Ocpp.Protocol.Framing;

namespace OcppCsms.Ocpp.Protocol.Validation;

/// <summary>A JSON array: its items' rules and how many there may be (<c>minItems</c>/<c>maxItems</c>).</summary>
internal sealed class ArraySchema(SchemaNode items, int minItems, int maxItems) : SchemaNode
{
    public override PayloadViolation? Check(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return WrongType("an array");
        }

        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (count == maxItems)
            {
                return new PayloadViolation(OcppErrorCode.OccurrenceConstraintViolation, "", $"has more than {maxItems} items");
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                return WrongType("an array without null items").At(count);
            }

            if (items.Check(ref reader) is { } violation)
            {
                return violation.At(count);
            }

            count++;
        }

        return count < minItems
            ? new PayloadViolation(OcppErrorCode.OccurrenceConstraintViolation, "", $"has fewer than {minItems} items")
            : null;
    }

    public override JsonObject Describe()
    {
        var description = new JsonObject { ["type"] = "array", ["items"] = items.Describe() };
        if (minItems > 0)
        {
            description["minItems"] = minItems;
        }

        if (maxItems < int.MaxValue)
        {
            description["maxItems"] = maxItems;
        }

        return description;
    }
}
