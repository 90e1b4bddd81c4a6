namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.39 GetDisplayMessagesStatusEnumType: Result of a GetDisplayMessagesRequest; Unknown means
/// no message matched.
/// </summary>
public enum GetDisplayMessagesStatusEnumType
{
    Accepted,
    Unknown,
}
