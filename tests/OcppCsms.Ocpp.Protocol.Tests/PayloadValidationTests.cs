using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Protocol.Json;
using OcppCsms.Ocpp.Protocol.Validation;

namespace OcppCsms.Ocpp.Protocol.Tests;

/// <summary>
/// The schema check that stands before every bound payload: each kind of violation, the error code it earns (OCPP 2.0.1
/// part 4 §4.3) and the path it names, on a sample record built the way the message records are.
/// </summary>
public sealed class PayloadValidationTests
{
    private const string Valid = """{"idTag":"ABC","status":"Accepted","connectorId":1,"limit":10.5,"timestamp":"2026-11-21T10:00:00Z","values":[{"unit":"L1-N"}]}""";

    [Fact]
    public void Valid_payload_binds_with_its_values()
    {
        Assert.True(OcppPayload.TryRead(Encoding.UTF8.GetBytes(Valid), SampleJsonContext.Default.SampleMessage, out var sample, out var violation), violation?.ToString());
        Assert.Equal("ABC", sample.IdTag);
        Assert.Equal(SampleStatus.Accepted, sample.Status);
        Assert.Equal(SampleUnit.L1N, Assert.Single(sample.Values!).Unit);
        Assert.Equal(new DateTime(2026, 11, 21, 10, 0, 0, DateTimeKind.Utc), sample.Timestamp);
    }

    [Theory]
    [InlineData("""{"status":"Accepted"}""", OcppErrorCode.OccurrenceConstraintViolation, "idTag")]
    [InlineData("""{"idTag":null,"status":"Accepted"}""", OcppErrorCode.OccurrenceConstraintViolation, "idTag")]
    [InlineData("""{"idTag":"ABC","status":"Accepted","other":1}""", OcppErrorCode.FormatViolation, "other")]
    [InlineData("""{"idTag":"ABC","idTag":"DEF","status":"Accepted"}""", OcppErrorCode.FormatViolation, "idTag")]
    [InlineData("""{"idTag":5,"status":"Accepted"}""", OcppErrorCode.TypeConstraintViolation, "idTag")]
    [InlineData("""{"idTag":"ABCDEFGHIJKLMNOPQRSTU","status":"Accepted"}""", OcppErrorCode.PropertyConstraintViolation, "idTag")]
    [InlineData("""{"idTag":"ABC","status":"accepted"}""", OcppErrorCode.PropertyConstraintViolation, "status")]
    [InlineData("""{"idTag":"ABC","status":1}""", OcppErrorCode.TypeConstraintViolation, "status")]
    [InlineData("""{"idTag":"ABC","status":"Accepted","connectorId":1.5}""", OcppErrorCode.TypeConstraintViolation, "connectorId")]
    [InlineData("""{"idTag":"ABC","status":"Accepted","connectorId":"1"}""", OcppErrorCode.TypeConstraintViolation, "connectorId")]
    [InlineData("""{"idTag":"ABC","status":"Accepted","connectorId":-1}""", OcppErrorCode.PropertyConstraintViolation, "connectorId")]
    [InlineData("""{"idTag":"ABC","status":"Accepted","connectorId":3000000000}""", OcppErrorCode.PropertyConstraintViolation, "connectorId")]
    [InlineData("""{"idTag":"ABC","status":"Accepted","limit":10.55}""", OcppErrorCode.PropertyConstraintViolation, "limit")]
    [InlineData("""{"idTag":"ABC","status":"Accepted","timestamp":"yesterday"}""", OcppErrorCode.TypeConstraintViolation, "timestamp")]
    [InlineData("""{"idTag":"ABC","status":"Accepted","flag":"true"}""", OcppErrorCode.TypeConstraintViolation, "flag")]
    [InlineData("""{"idTag":"ABC","status":"Accepted","values":[]}""", OcppErrorCode.OccurrenceConstraintViolation, "values")]
    [InlineData("""{"idTag":"ABC","status":"Accepted","values":[{},{},{},{}]}""", OcppErrorCode.OccurrenceConstraintViolation, "values")]
    [InlineData("""{"idTag":"ABC","status":"Accepted","values":[{"unit":"L1-N"},{"unit":"L9"}]}""", OcppErrorCode.PropertyConstraintViolation, "values[1].unit")]
    [InlineData("""{"idTag":"ABC","status":"Accepted","values":[null]}""", OcppErrorCode.TypeConstraintViolation, "values[0]")]
    [InlineData("""{"idTag":"ABC","status":"Accepted","values":{}}""", OcppErrorCode.TypeConstraintViolation, "values")]
    [InlineData("""{"idTag":"ABC","status":"Accepted","keys":["ABCDEF"]}""", OcppErrorCode.PropertyConstraintViolation, "keys[0]")]
    [InlineData("""{"idTag":"ABC","status":"Accepted","extra":{"vendorId":"v","anything":[1]},"values":[{"nested":{"deep":1}}]}""", OcppErrorCode.FormatViolation, "values[0].nested")]
    [InlineData("""[]""", OcppErrorCode.TypeConstraintViolation, "")]
    public void Violation_earns_its_code_and_names_the_field(string json, OcppErrorCode code, string path)
    {
        var violation = OcppPayload.Validate(Encoding.UTF8.GetBytes(json), SampleJsonContext.Default.SampleMessage);

        Assert.NotNull(violation);
        Assert.Equal(code, violation.Code);
        Assert.Equal(path, violation.Path);
        Assert.False(OcppPayload.TryRead(Encoding.UTF8.GetBytes(json), SampleJsonContext.Default.SampleMessage, out _, out _));
    }

    [Theory]
    // Twenty characters in three encodings: multi-byte UTF-8, a surrogate pair, escapes. Lengths count characters.
    [InlineData("ÄÖÜäöüßÄÖÜäöüßÄÖÜäöü")]
    [InlineData("😀BCDEFGHIJKLMNOPQRST")]
    [InlineData("\\u0041BCDEFGHIJKLMNOPQRS\\/")]
    public void String_length_counts_characters_not_bytes(string idTag)
    {
        var json = $$"""{"idTag":"{{idTag}}","status":"Accepted"}""";

        Assert.Null(OcppPayload.Validate(Encoding.UTF8.GetBytes(json), SampleJsonContext.Default.SampleMessage));
        Assert.NotNull(OcppPayload.Validate(Encoding.UTF8.GetBytes(json.Replace("\",\"status", "X\",\"status", StringComparison.Ordinal)), SampleJsonContext.Default.SampleMessage));
    }

    [Fact]
    public void Optional_field_sent_as_null_reads_as_absent()
    {
        Assert.True(OcppPayload.TryRead("""{"idTag":"ABC","status":"Accepted","connectorId":null,"values":null}"""u8, SampleJsonContext.Default.SampleMessage, out var sample, out _));
        Assert.Null(sample.ConnectorId);
        Assert.Null(sample.Values);
    }

    [Fact]
    public void Extension_data_accepts_any_other_field()
    {
        Assert.True(OcppPayload.TryRead("""{"idTag":"ABC","status":"Accepted","extra":{"vendorId":"v","anything":[1,{"x":null}]}}"""u8, SampleJsonContext.Default.SampleMessage, out var sample, out _));
        Assert.Equal("v", sample.Extra!.VendorId);
        Assert.True(sample.Extra.Properties!.ContainsKey("anything"));
    }

    [Theory]
    [InlineData("2026-11-21T12:00:00+02:00")]
    [InlineData("2026-11-21T10:00:00Z")]
    [InlineData("2026-11-21T10:00:00.000Z")]
    [InlineData("2026-11-21T10:00:00")]
    public void Date_times_are_read_as_utc_whatever_their_offset(string timestamp)
    {
        Assert.True(OcppPayload.TryRead(Encoding.UTF8.GetBytes($$"""{"idTag":"A","status":"Accepted","timestamp":"{{timestamp}}"}"""), SampleJsonContext.Default.SampleMessage, out var sample, out _));
        Assert.Equal(new DateTime(2026, 11, 21, 10, 0, 0, DateTimeKind.Utc), sample.Timestamp);
        Assert.Equal(DateTimeKind.Utc, sample.Timestamp!.Value.Kind);
    }

    [Fact]
    public void Violation_describes_the_field_without_its_value()
    {
        var violation = OcppPayload.Validate("""{"idTag":"SECRET-VALUE-TOO-LONG-X","status":"Accepted"}"""u8, SampleJsonContext.Default.SampleMessage)!;

        Assert.Equal("Sample field 'idTag' is longer than 20 characters.", violation.Describe("Sample"));
    }
}

public enum SampleStatus
{
    Accepted,
    Rejected,
}

public enum SampleUnit
{
    [JsonStringEnumMemberName("L1-N")]
    L1N,
    L1,
}

public sealed record SampleMessage
{
    [MaxLength(20)]
    public required string IdTag { get; init; }

    public required SampleStatus Status { get; init; }

    [Range(0, int.MaxValue)]
    public int? ConnectorId { get; init; }

    [MultipleOf(0.1)]
    public decimal? Limit { get; init; }

    public DateTime? Timestamp { get; init; }

    public bool? Flag { get; init; }

    [MinLength(1)]
    [MaxLength(3)]
    public IReadOnlyList<SampleValue>? Values { get; init; }

    [ItemMaxLength(5)]
    public IReadOnlyList<string>? Keys { get; init; }

    public SampleExtension? Extra { get; init; }
}

public sealed record SampleValue
{
    public SampleUnit? Unit { get; init; }
}

public sealed record SampleExtension
{
    public required string VendorId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    Converters = [typeof(OcppDateTimeConverter)])]
[JsonSerializable(typeof(SampleMessage))]
internal sealed partial class SampleJsonContext : JsonSerializerContext;
