using System.Collections.Frozen;
using System.Text;
using System.Text.Json.Nodes;
using OcppCsms.Ocpp.Protocol.Framing;

namespace OcppCsms.Ocpp.Server.MessageLog;

/// <summary>
/// The text of a frame as the message log stores it: cut at <see cref="LoggedMessage.MaxStoredFrameChars"/>, and with
/// the secrets the CSMS sends to stations replaced, so that the log never becomes a store of station credentials:
/// the 1.6 AuthorizationKey (security whitepaper §3.1, set through ChangeConfiguration), the 2.0.1
/// SecurityCtrlr.BasicAuthPassword (A01, set through SetVariables), and any *password* field (SetNetworkProfile's APN
/// and VPN passwords).
/// </summary>
internal static class FrameRedaction
{
    public const string Redacted = "***";

    private static readonly FrozenSet<string> SecretBearingCalls = FrozenSet.Create(StringComparer.Ordinal, "ChangeConfiguration", "SetVariables", "SetNetworkProfile");

    public static string Text(MessageTypeId type, string? action, ReadOnlySpan<byte> frame)
    {
        var text = type == MessageTypeId.Call && action is not null && SecretBearingCalls.Contains(action)
            ? Redact(frame)
            : Encoding.UTF8.GetString(frame);
        return text.Length <= LoggedMessage.MaxStoredFrameChars ? text : text[..LoggedMessage.MaxStoredFrameChars];
    }

    /// <summary>These are calls the CSMS built itself, so they are valid JSON.</summary>
    private static string Redact(ReadOnlySpan<byte> frame)
    {
        var node = JsonNode.Parse(frame);
        RedactIn(node);
        return node!.ToJsonString();
    }

    private static void RedactIn(JsonNode? node)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                RedactIn(item);
            }

            return;
        }

        if (node is not JsonObject fields)
        {
            return;
        }

        if (StringOf(fields["key"]) == "AuthorizationKey" && fields.ContainsKey("value"))
        {
            fields["value"] = Redacted;
        }

        if (fields["variable"] is JsonObject variable && StringOf(variable["name"]) == "BasicAuthPassword" && fields.ContainsKey("attributeValue"))
        {
            fields["attributeValue"] = Redacted;
        }

        foreach (var (name, value) in fields.ToList())
        {
            if (value is JsonValue && name.Contains("password", StringComparison.OrdinalIgnoreCase))
            {
                fields[name] = Redacted;
            }
            else
            {
                RedactIn(value);
            }
        }
    }

    private static string? StringOf(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
