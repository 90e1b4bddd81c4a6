namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.19 ClearMessageStatusEnumType: Result of a ClearDisplayMessageRequest.</summary>
public enum ClearMessageStatusEnumType
{
    Accepted,
    Unknown,
}
