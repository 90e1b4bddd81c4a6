using System.Text.Json;
using System.Text.Json.Nodes;
using OcppCsms.Ocpp.Protocol.Messages;
using OcppCsms.Ocpp.Protocol.Validation;

namespace OcppCsms.Ocpp.Protocol.Tests;

/// <summary>
/// Every message of both versions against its hand-written golden JSON (tests/golden): the golden passes the record's
/// schema, binds, and serialises back to the same JSON, so no field is lost, renamed or written in another form.
/// </summary>
public sealed class GoldenMessageTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "golden");

    public static TheoryData<string, string, string> Messages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var version in new[] { OcppVersion.V16, OcppVersion.V201 })
        {
            foreach (var message in OcppMessageCatalog.For(version).All.OrderBy(m => m.Action, StringComparer.Ordinal))
            {
                data.Add(OcppSubProtocol.Of(version), message.Action, "request");
                data.Add(OcppSubProtocol.Of(version), message.Action, "response");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Golden_message_passes_its_schema_and_round_trips(string subProtocol, string action, string kind)
    {
        Assert.True(OcppSubProtocol.TryParse(subProtocol, out var version));
        Assert.True(OcppMessageCatalog.For(version).TryGet(action, out var message));
        var typeInfo = kind == "request" ? message.Request : message.Response;
        var golden = File.ReadAllBytes(Path.Combine(Root, subProtocol, $"{action}.{kind}.json"));

        Assert.Null(OcppPayload.Validate(golden, typeInfo));
        var bound = JsonSerializer.Deserialize(golden, typeInfo);
        var written = JsonSerializer.SerializeToUtf8Bytes(bound, typeInfo);

        var expected = JsonNode.Parse(golden);
        var actual = JsonNode.Parse(written);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{action}.{kind} was written back as {actual?.ToJsonString()}");
    }

    [Theory]
    [InlineData("ocpp1.6", 39)]
    [InlineData("ocpp2.0.1", 64)]
    public void Catalogue_and_golden_files_name_every_action_of_the_version(string subProtocol, int actions)
    {
        Assert.True(OcppSubProtocol.TryParse(subProtocol, out var version));
        var catalogue = OcppMessageCatalog.For(version).All.Select(m => m.Action).Order(StringComparer.Ordinal).ToArray();
        var files = Directory.GetFiles(Path.Combine(Root, subProtocol), "*.json")
            .Select(f => Path.GetFileName(f).Split('.')[0])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(catalogue, files);
        Assert.Equal(actions, catalogue.Length);
    }
}
