namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.61 OCPPTransportEnumType: Transport of a network connection profile (SOAP is not valid for
/// OCPP 2.0.1).
/// </summary>
public enum OCPPTransportEnumType
{
    JSON,
    SOAP,
}
