namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.71 RequestStartStopStatusEnumType: Result of a RequestStartTransactionRequest or
/// RequestStopTransactionRequest.
/// </summary>
public enum RequestStartStopStatusEnumType
{
    Accepted,
    Rejected,
}
