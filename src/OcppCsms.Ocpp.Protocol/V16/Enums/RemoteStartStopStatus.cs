namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.39 RemoteStartStopStatus: the answer to RemoteStartTransaction.req and RemoteStopTransaction.req.</summary>
public enum RemoteStartStopStatus
{
    Accepted,
    Rejected,
}
