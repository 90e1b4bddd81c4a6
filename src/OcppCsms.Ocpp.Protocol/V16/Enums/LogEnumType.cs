namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 security whitepaper edition 3 §6.13 LogEnumType: the log GetLog.req asks for.</summary>
public enum LogEnumType
{
    DiagnosticsLog,
    SecurityLog,
}
