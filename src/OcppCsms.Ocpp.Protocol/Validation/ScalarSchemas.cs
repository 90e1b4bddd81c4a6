using System.Numerics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OcppCsms.Ocpp.Protocol.Json;

namespace OcppCsms.Ocpp.Protocol.Validation;

/// <summary>A string of at most <c>maxLength</c> characters (Unicode code points, as JSON schema counts them).</summary>
internal sealed class StringSchema(int minLength, int maxLength) : SchemaNode
{
    public override PayloadViolation? Check(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return WrongType("a string");
        }

        var length = reader.ValueIsEscaped ? CodePoints(reader.GetString()!) : CodePoints(reader.ValueSpan);
        return length > maxLength ? OutOfBounds($"is longer than {maxLength} characters")
            : length < minLength ? OutOfBounds($"is shorter than {minLength} characters")
            : null;
    }

    public override JsonObject Describe()
    {
        var description = new JsonObject { ["type"] = "string" };
        if (minLength > 0)
        {
            description["minLength"] = minLength;
        }

        if (maxLength < int.MaxValue)
        {
            description["maxLength"] = maxLength;
        }

        return description;
    }

    /// <summary>Every UTF-8 byte that is not a continuation byte starts a code point.</summary>
    private static int CodePoints(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    private static int CodePoints(string text) => text.Length - text.Count(char.IsLowSurrogate);
}

/// <summary>One of an enumeration's values, spelled exactly as the specification spells it (the schemas are case-sensitive).</summary>
internal sealed class EnumSchema : SchemaNode
{
    private readonly byte[][] _values;
    private readonly string[] _names;
    private readonly string _problem;

    public EnumSchema(Type enumType)
    {
        var names = enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name)
            .ToArray();
        _names = names;
        _values = [.. names.Select(Encoding.UTF8.GetBytes)];
        _problem = names.Length <= 12 ? $"must be one of {string.Join(", ", names)}" : $"is not a {enumType.Name} value";
    }

    public override PayloadViolation? Check(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return WrongType("a string");
        }

        foreach (var value in _values)
        {
            if (reader.ValueTextEquals(value))
            {
                return null;
            }
        }

        return OutOfBounds(_problem);
    }

    public override JsonObject Describe() => new() { ["type"] = "string", ["enum"] = new JsonArray([.. _names.Select(n => (JsonNode)n)]) };
}

/// <summary>An RFC 3339 date-time string (OCPP 1.6 §7.13 dateTime, OCPP 2.0.1 part 2 §2.1.1).</summary>
internal sealed class DateTimeSchema : SchemaNode
{
    public static readonly DateTimeSchema Instance = new();

    public override PayloadViolation? Check(ref Utf8JsonReader reader) =>
        reader.TokenType != JsonTokenType.String ? WrongType("a date-time string")
        : OcppDateTime.TryRead(ref reader, out _) ? null
        : WrongType("an RFC 3339 date-time");

    public override JsonObject Describe() => new() { ["type"] = "string", ["format"] = "date-time" };
}

/// <summary>A JSON integer within the field's bounds (the schema's minimum/maximum, else the CLR type's range).</summary>
internal sealed class IntegerSchema(long minimum, long maximum) : SchemaNode
{
    public override PayloadViolation? Check(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var value))
        {
            return WrongType("an integer");
        }

        return value < minimum || value > maximum ? OutOfBounds(Bounds.Describe(minimum, maximum)) : null;
    }

    public override JsonObject Describe()
    {
        var description = new JsonObject { ["type"] = "integer" };
        if (minimum > int.MinValue)
        {
            description["minimum"] = minimum;
        }

        if (maximum < int.MaxValue)
        {
            description["maximum"] = maximum;
        }

        return description;
    }
}

/// <summary>A JSON number within the field's bounds, and a multiple of its step when the schema gives one.</summary>
internal sealed class NumberSchema(decimal minimum, decimal maximum, decimal? step) : SchemaNode
{
    public override PayloadViolation? Check(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            return WrongType("a number");
        }

        if (!reader.TryGetDecimal(out var value))
        {
            return OutOfBounds("is too large");
        }

        return value < minimum || value > maximum ? OutOfBounds(Bounds.Describe(minimum, maximum))
            : step is { } s && value % s != 0 ? OutOfBounds($"must be a multiple of {s}")
            : null;
    }

    public override JsonObject Describe()
    {
        var description = new JsonObject { ["type"] = "number" };
        if (minimum > decimal.MinValue)
        {
            description["minimum"] = minimum;
        }

        if (maximum < decimal.MaxValue)
        {
            description["maximum"] = maximum;
        }

        if (step is { } s)
        {
            description["multipleOf"] = s;
        }

        return description;
    }
}

internal sealed class BooleanSchema : SchemaNode
{
    public static readonly BooleanSchema Instance = new();

    public override PayloadViolation? Check(ref Utf8JsonReader reader) =>
        reader.TokenType is JsonTokenType.True or JsonTokenType.False ? null : WrongType("true or false");

    public override JsonObject Describe() => new() { ["type"] = "boolean" };
}

/// <summary>Any JSON value (DataTransfer's data in OCPP 2.0.1 is <c>anyType</c>).</summary>
internal sealed class AnySchema : SchemaNode
{
    public static readonly AnySchema Instance = new();

    public override PayloadViolation? Check(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }

    public override JsonObject Describe() => [];
}

internal static class Bounds
{
    public static string Describe<T>(T minimum, T maximum) where T : struct, IComparable<T>, IMinMaxValue<T> =>
        minimum.CompareTo(T.MinValue) == 0 ? $"must be at most {maximum}"
        : maximum.CompareTo(T.MaxValue) == 0 ? $"must be at least {minimum}"
        : $"must be between {minimum} and {maximum}";
}
