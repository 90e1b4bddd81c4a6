using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OcppCsms.Ocpp.Protocol.Validation;

/// <summary>
/// Derives each message's schema from its record: the source-generated contract gives the JSON names, CLR types and
/// which fields are <c>required</c>; the data annotations on the record's properties give the rest of the official
/// schema (<see cref="MaxLengthAttribute"/> for string lengths and array sizes, <see cref="MinLengthAttribute"/>,
/// <see cref="RangeAttribute"/>, <see cref="MultipleOfAttribute"/>, <see cref="ItemMaxLengthAttribute"/>). The record is
/// the single statement of the message. Built once per type and cached: the schemas are immutable once published.
/// </summary>
internal static class SchemaBuilder
{
    private static readonly ConcurrentDictionary<JsonTypeInfo, SchemaNode> Cache = new(ReferenceEqualityComparer.Instance);
    private static readonly Lock Gate = new();

    public static SchemaNode For(JsonTypeInfo typeInfo)
    {
        if (Cache.TryGetValue(typeInfo, out var schema))
        {
            return schema;
        }

        lock (Gate)
        {
            // Objects are registered before their fields are built (so a type may contain itself) and published together.
            var building = new Dictionary<Type, ObjectSchema>();
            schema = Cache.TryGetValue(typeInfo, out var cached) ? cached : ValueOf(typeInfo, null, building);
            Cache.TryAdd(typeInfo, schema);
            return schema;
        }
    }

    private static SchemaNode ValueOf(JsonTypeInfo typeInfo, ICustomAttributeProvider? member, Dictionary<Type, ObjectSchema> building)
    {
        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        var range = Attribute<RangeAttribute>(member);
        if (type == typeof(string))
        {
            return new StringSchema(Attribute<MinLengthAttribute>(member)?.Length ?? 0, Attribute<MaxLengthAttribute>(member)?.Length ?? int.MaxValue);
        }

        if (type.IsEnum)
        {
            return new EnumSchema(type);
        }

        if (type == typeof(DateTime))
        {
            return DateTimeSchema.Instance;
        }

        if (type == typeof(int))
        {
            return new IntegerSchema(
                range is null ? int.MinValue : Convert.ToInt64(range.Minimum, CultureInfo.InvariantCulture),
                range is null ? int.MaxValue : Convert.ToInt64(range.Maximum, CultureInfo.InvariantCulture));
        }

        if (type == typeof(decimal))
        {
            return new NumberSchema(
                range is null ? decimal.MinValue : DecimalBound(range.Minimum),
                range is null ? decimal.MaxValue : DecimalBound(range.Maximum),
                Attribute<MultipleOfAttribute>(member)?.Step);
        }

        if (type == typeof(bool))
        {
            return BooleanSchema.Instance;
        }

        if (type == typeof(JsonElement))
        {
            return AnySchema.Instance;
        }

        return typeInfo.Kind switch
        {
            JsonTypeInfoKind.Enumerable => new ArraySchema(
                ItemsOf(typeInfo.Options.GetTypeInfo(typeInfo.ElementType!), member, building),
                Attribute<MinLengthAttribute>(member)?.Length ?? 0,
                Attribute<MaxLengthAttribute>(member)?.Length ?? int.MaxValue),
            JsonTypeInfoKind.Object => ObjectOf(typeInfo, building),
            _ => throw new InvalidOperationException($"OCPP payloads have no fields of type {type}; the message records use string, enums, DateTime, int, decimal, bool, arrays and records."),
        };
    }

    /// <summary>An array's items take the array property's item constraint, not its own length (that one counts items).</summary>
    private static SchemaNode ItemsOf(JsonTypeInfo itemInfo, ICustomAttributeProvider? member, Dictionary<Type, ObjectSchema> building) =>
        itemInfo.Type == typeof(string) && Attribute<ItemMaxLengthAttribute>(member) is { } itemLength
            ? new StringSchema(0, itemLength.Length)
            : ValueOf(itemInfo, null, building);

    private static ObjectSchema ObjectOf(JsonTypeInfo typeInfo, Dictionary<Type, ObjectSchema> building)
    {
        if (building.TryGetValue(typeInfo.Type, out var existing))
        {
            return existing;
        }

        var schema = new ObjectSchema();
        building.Add(typeInfo.Type, schema);
        var properties = new List<PropertySchema>();
        var allowsOtherProperties = false;
        foreach (var property in typeInfo.Properties)
        {
            if (property.IsExtensionData)
            {
                allowsOtherProperties = true;
                continue;
            }

            var value = ValueOf(typeInfo.Options.GetTypeInfo(property.PropertyType), property.AttributeProvider, building);
            properties.Add(new PropertySchema(property.Name, property.IsRequired, value));
        }

        schema.Define(properties, allowsOtherProperties);
        return schema;
    }

    /// <summary>A number with only a minimum is written <c>[Range(0d, double.MaxValue)]</c>: beyond decimal's range means unbounded.</summary>
    private static decimal DecimalBound(object bound) => bound switch
    {
        double d when d >= (double)decimal.MaxValue => decimal.MaxValue,
        double d when d <= (double)decimal.MinValue => decimal.MinValue,
        _ => Convert.ToDecimal(bound, CultureInfo.InvariantCulture),
    };

    private static T? Attribute<T>(ICustomAttributeProvider? member) where T : Attribute =>
        member?.GetCustomAttributes(typeof(T), inherit: true).OfType<T>().FirstOrDefault();
}
