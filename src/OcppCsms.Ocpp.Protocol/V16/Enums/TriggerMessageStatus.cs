namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.44 TriggerMessageStatus: the answer to TriggerMessage.req.</summary>
public enum TriggerMessageStatus
{
    Accepted,
    Rejected,
    NotImplemented,
}
