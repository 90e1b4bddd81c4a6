namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.49 LogStatusEnumType: Result of a GetLogRequest.</summary>
public enum LogStatusEnumType
{
    Accepted,
    Rejected,
    AcceptedCanceled,
}
