namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.48 LogEnumType: Which log GetLogRequest asks the station to upload.</summary>
public enum LogEnumType
{
    DiagnosticsLog,
    SecurityLog,
}
