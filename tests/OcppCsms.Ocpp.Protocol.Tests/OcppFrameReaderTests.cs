using System.Text;
using System.Text.Json;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;

namespace OcppCsms.Ocpp.Protocol.Tests;

public sealed class OcppFrameReaderTests
{
    [Theory]
    [InlineData(OcppVersion.V16)]
    [InlineData(OcppVersion.V201)]
    public void A_call_is_read_with_its_payload_sliced_verbatim(OcppVersion version)
    {
        const string payload = """{"chargePointVendor":"V","nested":{"list":[1,2,{"x":"]}"}]}}""";
        var bytes = Encoding.UTF8.GetBytes($$"""  [2, "id-1", "BootNotification", {{payload}} ]  """);

        Assert.True(OcppFrameReader.TryRead(bytes, version, out var frame, out _));

        Assert.Equal(MessageTypeId.Call, frame.Type);
        Assert.Equal("id-1", frame.MessageId);
        Assert.Equal("BootNotification", frame.Action);
        Assert.Equal(payload, Encoding.UTF8.GetString(frame.Payload.Span));
    }

    [Fact]
    public void A_callresult_and_a_callerror_are_read()
    {
        Assert.True(OcppFrameReader.TryRead("""[3,"a",{"status":"Accepted"}]"""u8.ToArray(), OcppVersion.V201, out var result, out _));
        Assert.Equal((MessageTypeId.CallResult, "a", """{"status":"Accepted"}"""), (result.Type, result.MessageId, Encoding.UTF8.GetString(result.Payload.Span)));

        Assert.True(OcppFrameReader.TryRead("""[4,"b","NotSupported","no",{"why":1}]"""u8.ToArray(), OcppVersion.V16, out var error, out _));
        Assert.Equal((MessageTypeId.CallError, "b", "NotSupported", "no", """{"why":1}"""),
            (error.Type, error.MessageId, error.ErrorCode, error.ErrorDescription, Encoding.UTF8.GetString(error.Payload.Span)));
    }

    [Theory]
    // Unreadable: no id can be trusted, so the answer carries -1 (OCPP 2.0.1 part 4 §4.2.3) and never echoes input.
    [InlineData("not json", "-1", OcppErrorCode.RpcFrameworkError, true)]
    [InlineData("", "-1", OcppErrorCode.RpcFrameworkError, true)]
    [InlineData("""{"a":1}""", "-1", OcppErrorCode.RpcFrameworkError, true)]
    [InlineData("""[]""", "-1", OcppErrorCode.RpcFrameworkError, true)]
    [InlineData("""["2","x","Heartbeat",{}]""", "-1", OcppErrorCode.RpcFrameworkError, true)]
    [InlineData("""[2.5,"x","Heartbeat",{}]""", "-1", OcppErrorCode.RpcFrameworkError, true)]
    [InlineData("""[2,17,"Heartbeat",{}]""", "-1", OcppErrorCode.RpcFrameworkError, true)]
    [InlineData("""[2,"0123456789012345678901234567890123456","Heartbeat",{}]""", "-1", OcppErrorCode.RpcFrameworkError, true)]
    // The id was read: the answer names it.
    [InlineData("""[2,"x","Heartbeat",[]]""", "x", OcppErrorCode.FormatViolation, true)]
    [InlineData("""[2,"x","Heartbeat",null]""", "x", OcppErrorCode.FormatViolation, true)]
    [InlineData("""[2,"x","Heartbeat"]""", "x", OcppErrorCode.FormatViolation, true)]
    [InlineData("""[2,"x","Heartbeat",{"a":]""", "x", OcppErrorCode.FormatViolation, true)]
    [InlineData("""[2,"x","Heartbeat",{}] trailing""", "x", OcppErrorCode.FormatViolation, true)]
    [InlineData("""[2,"x",5,{}]""", "x", OcppErrorCode.ProtocolError, true)]
    [InlineData("""[2,"x","Heartbeat",{},{}]""", "x", OcppErrorCode.ProtocolError, true)]
    [InlineData("""[5,"x",{}]""", "x", OcppErrorCode.MessageTypeNotSupported, true)]
    // Malformed answers to our calls are logged, not answered: a CALLERROR cannot answer a CALLRESULT.
    [InlineData("""[3,"x"]""", "x", OcppErrorCode.ProtocolError, false)]
    [InlineData("""[3,"x",{},1]""", "x", OcppErrorCode.ProtocolError, false)]
    [InlineData("""[4,"x","GenericError",{}]""", "x", OcppErrorCode.ProtocolError, false)]
    [InlineData("""[4,"x","GenericError","d","details"]""", "x", OcppErrorCode.ProtocolError, false)]
    public void Every_malformed_message_maps_to_one_error(string text, string messageId, OcppErrorCode code, bool answer)
    {
        Assert.False(OcppFrameReader.TryRead(Encoding.UTF8.GetBytes(text), OcppVersion.V201, out _, out var error));

        Assert.Equal((messageId, code, answer), (error.MessageId, error.Code, error.Answer));
        Assert.False(string.IsNullOrWhiteSpace(error.Description));
    }

    [Fact]
    public void An_unknown_message_type_is_ignored_in_1_6()
    {
        // OCPP-J 1.6 §4.1.3: the payload of an unknown message type is ignored.
        Assert.False(OcppFrameReader.TryRead("""[7,"x",{}]"""u8.ToArray(), OcppVersion.V16, out _, out var error));

        Assert.False(error.Answer);
    }

    [Fact]
    public void A_message_id_of_exactly_36_characters_is_accepted()
    {
        var id = Guid.NewGuid().ToString();

        Assert.True(OcppFrameReader.TryRead(Encoding.UTF8.GetBytes($$"""[2,"{{id}}","Heartbeat",{}]"""), OcppVersion.V201, out var frame, out _));
        Assert.Equal(id, frame.MessageId);
    }

    [Fact]
    public void Nesting_deeper_than_the_cap_is_a_format_violation_not_a_crash()
    {
        var deep = new string('[', 200) + new string(']', 200);

        Assert.False(OcppFrameReader.TryRead(Encoding.UTF8.GetBytes($$"""[2,"deep","Heartbeat",{"a":{{deep}}}]"""), OcppVersion.V201, out _, out var error));
        Assert.Equal((OcppErrorCode.FormatViolation, "deep"), (error.Code, error.MessageId));
    }

    [Fact]
    public void Invalid_utf8_is_refused()
    {
        byte[] text = [.. "[2,\""u8, 0xC3, 0x28, .. "\",\"Heartbeat\",{}]"u8];

        Assert.False(OcppFrameReader.TryRead(text, OcppVersion.V201, out _, out var error));
        Assert.Equal("-1", error.MessageId);
    }
}

public sealed class OcppFrameWriterTests
{
    [Theory]
    [InlineData(OcppErrorCode.FormatViolation, OcppVersion.V16, "FormationViolation")]
    [InlineData(OcppErrorCode.FormatViolation, OcppVersion.V201, "FormatViolation")]
    [InlineData(OcppErrorCode.OccurrenceConstraintViolation, OcppVersion.V16, "OccurenceConstraintViolation")]
    [InlineData(OcppErrorCode.OccurrenceConstraintViolation, OcppVersion.V201, "OccurrenceConstraintViolation")]
    [InlineData(OcppErrorCode.RpcFrameworkError, OcppVersion.V16, "FormationViolation")]
    [InlineData(OcppErrorCode.RpcFrameworkError, OcppVersion.V201, "RpcFrameworkError")]
    [InlineData(OcppErrorCode.NotImplemented, OcppVersion.V16, "NotImplemented")]
    [InlineData(OcppErrorCode.TypeConstraintViolation, OcppVersion.V201, "TypeConstraintViolation")]
    public void Error_codes_use_each_versions_spelling(OcppErrorCode code, OcppVersion version, string wire)
    {
        var frame = JsonDocument.Parse(OcppFrameWriter.CallError("m", code, version, "d")).RootElement;

        Assert.Equal(JsonValueKind.Array, frame.ValueKind);
        Assert.Equal(5, frame.GetArrayLength());
        Assert.Equal(4, frame[0].GetInt32());
        Assert.Equal("m", frame[1].GetString());
        Assert.Equal(wire, frame[2].GetString());
        Assert.Equal("d", frame[3].GetString());
        Assert.Equal(JsonValueKind.Object, frame[4].ValueKind);
    }

    [Fact]
    public void The_description_is_cut_to_255_characters()
    {
        var frame = JsonDocument.Parse(OcppFrameWriter.CallError("m", OcppErrorCode.GenericError, OcppVersion.V201, new string('d', 400))).RootElement;

        Assert.Equal(255, frame[3].GetString()!.Length);
    }

    [Fact]
    public void Every_error_code_has_a_spelling_in_1_6_from_its_own_list()
    {
        string[] v16Codes = ["NotImplemented", "NotSupported", "InternalError", "ProtocolError", "SecurityError", "FormationViolation",
            "PropertyConstraintViolation", "OccurenceConstraintViolation", "TypeConstraintViolation", "GenericError"];

        foreach (var code in Enum.GetValues<OcppErrorCode>())
        {
            Assert.Contains(code.ToWire(OcppVersion.V16), v16Codes);
        }
    }
}
