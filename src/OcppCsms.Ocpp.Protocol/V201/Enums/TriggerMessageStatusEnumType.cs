namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.81 TriggerMessageStatusEnumType: Result of a TriggerMessageRequest.</summary>
public enum TriggerMessageStatusEnumType
{
    Accepted,
    Rejected,
    NotImplemented,
}
