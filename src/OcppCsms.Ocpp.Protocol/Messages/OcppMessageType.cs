using System.Text.Json.Serialization.Metadata;

namespace OcppCsms.Ocpp.Protocol.Messages;

/// <summary>Who sends an action's CALL: the station, the CSMS, or either (DataTransfer).</summary>
public enum MessageSender
{
    Station,
    Csms,
    Both,
}

/// <summary>One action: its name as on the wire, who sends it, and the source-generated contracts of its request and response.</summary>
public sealed record OcppMessageType(string Action, MessageSender SentBy, JsonTypeInfo Request, JsonTypeInfo Response);
