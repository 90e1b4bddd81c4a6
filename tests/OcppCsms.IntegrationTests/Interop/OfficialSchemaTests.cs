using System.Text.Json.Nodes;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Messages;
using OcppCsms.Ocpp.Protocol.Validation;

namespace OcppCsms.IntegrationTests.Interop;

/// <summary>
/// Holds the rules our message records enforce against the official OCA JSON schemas, keyword by keyword: field names,
/// required fields, types, enumeration values, string lengths, array sizes, bounds and steps, and whether other fields
/// are allowed. A record stricter than the schema would refuse valid stations; a looser one would pass what the
/// specification forbids. The schemas are read from the ocpp-rpc package at test time, never copied into the project.
/// </summary>
[Collection(InteropCollection.Name)]
public sealed class OfficialSchemaTests
{
    [InteropFact]
    public void Every_record_enforces_exactly_its_official_schema()
    {
        var differences = new List<string>();
        foreach (var version in new[] { OcppVersion.V16, OcppVersion.V201 })
        {
            var subProtocol = OcppSubProtocol.Of(version);
            var official = JsonNode.Parse(File.ReadAllText(InteropPackages.OfficialSchemas(subProtocol)))!.AsArray()
                .ToDictionary(s => s!["$id"]!.GetValue<string>(), s => s!.AsObject());
            foreach (var message in OcppMessageCatalog.For(version).All)
            {
                foreach (var (suffix, typeInfo) in new[] { ("req", message.Request), ("conf", message.Response) })
                {
                    var id = $"urn:{message.Action}.{suffix}";
                    if (!official.TryGetValue(id, out var schema))
                    {
                        differences.Add($"{subProtocol} {id}: no official schema has this id");
                        continue;
                    }

                    Compare(OcppPayload.DescribeSchema(typeInfo), schema, schema, $"{subProtocol} {message.Action}.{suffix}", differences);
                }
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} differences from the official schemas:\n" + string.Join("\n", differences));
    }

    private static void Compare(JsonObject ours, JsonObject theirs, JsonObject root, string path, List<string> differences)
    {
        theirs = Resolve(theirs, root);
        var type = theirs["type"]?.GetValue<string>();
        if (theirs["enum"] is JsonArray values)
        {
            var expected = values.Select(v => v!.GetValue<string>()).Order(StringComparer.Ordinal);
            var actual = (ours["enum"] as JsonArray ?? []).Select(v => v!.GetValue<string>()).Order(StringComparer.Ordinal);
            Same(path, "enum", string.Join(",", expected), string.Join(",", actual), differences);
            return;
        }

        Same(path, "type", type, ours["type"]?.GetValue<string>(), differences);
        Same(path, "enum", null, ours["enum"]?.ToJsonString(), differences);
        // Only date-time is a format our check enforces; "uri" and the like are advisory in the OCA schemas.
        Same(path, "format", theirs["format"]?.GetValue<string>() == "date-time" ? "date-time" : null, ours["format"]?.GetValue<string>(), differences);
        foreach (var keyword in new[] { "maxLength", "minLength", "minItems", "maxItems", "minimum", "maximum", "multipleOf" })
        {
            Same(path, keyword, Number(theirs[keyword]), Number(ours[keyword]), differences);
        }

        switch (type)
        {
            case "object":
                var theirProperties = theirs["properties"]?.AsObject() ?? [];
                var ourProperties = ours["properties"]?.AsObject() ?? [];
                Same(path, "properties", Names(theirProperties.Select(p => p.Key)), Names(ourProperties.Select(p => p.Key)), differences);
                Same(path, "required", Names(theirs["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? []),
                    Names(ours["required"]!.AsArray().Select(r => r!.GetValue<string>())), differences);
                // JSON Schema's default is to allow other fields.
                Same(path, "additionalProperties", theirs["additionalProperties"]?.GetValue<bool>() ?? true, ours["additionalProperties"]!.GetValue<bool>(), differences);
                foreach (var (name, theirProperty) in theirProperties)
                {
                    if (ourProperties[name] is JsonObject ourProperty)
                    {
                        Compare(ourProperty, theirProperty!.AsObject(), root, $"{path}.{name}", differences);
                    }
                }

                break;
            case "array":
                Compare(ours["items"]!.AsObject(), theirs["items"]!.AsObject(), root, $"{path}[]", differences);
                break;
        }
    }

    /// <summary>2.0.1 schemas share datatypes through <c>#/definitions/…</c>; 1.6 schemas are inline.</summary>
    private static JsonObject Resolve(JsonObject schema, JsonObject root) =>
        schema["$ref"]?.GetValue<string>() is { } reference
            ? root["definitions"]![reference["#/definitions/".Length..]]!.AsObject()
            : schema;

    private static string Names(IEnumerable<string> names) => string.Join(",", names.Order(StringComparer.Ordinal));

    private static decimal? Number(JsonNode? node) => node is null ? null : decimal.Parse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    private static void Same<T>(string path, string keyword, T official, T ours, List<string> differences)
    {
        if (!EqualityComparer<T>.Default.Equals(official, ours))
        {
            differences.Add($"{path}: {keyword} is {Show(official)} officially, {Show(ours)} in the record");
        }
    }

    private static string Show<T>(T value) => value is null ? "(none)" : value.ToString()!;
}
