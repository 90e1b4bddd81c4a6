namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §6.17 TriggerMessageStatusEnumType: the answer to ExtendedTriggerMessage.req.</summary>
public enum TriggerMessageStatusEnumType
{
    Accepted,
    Rejected,
    NotImplemented,
}
