namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.29 DisplayMessageStatusEnumType: Result of a SetDisplayMessageRequest.</summary>
public enum DisplayMessageStatusEnumType
{
    Accepted,
    NotSupportedMessageFormat,
    Rejected,
    NotSupportedPriority,
    NotSupportedState,
    UnknownTransaction,
}
