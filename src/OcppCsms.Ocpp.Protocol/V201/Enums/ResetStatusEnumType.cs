namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.75 ResetStatusEnumType: Result of a ResetRequest.</summary>
public enum ResetStatusEnumType
{
    Accepted,
    Rejected,
    Scheduled,
}
