namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §6.15 LogStatusEnumType: the answer to GetLog.req.</summary>
public enum LogStatusEnumType
{
    Accepted,
    Rejected,
    AcceptedCanceled,
}
