namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.41 ResetStatus: the answer to Reset.req.</summary>
public enum ResetStatus
{
    Accepted,
    Rejected,
}
