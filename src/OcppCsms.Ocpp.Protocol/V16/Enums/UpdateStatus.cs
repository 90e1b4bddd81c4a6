namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.47 UpdateStatus: the answer to SendLocalList.req.</summary>
public enum UpdateStatus
{
    Accepted,
    Failed,
    NotSupported,
    VersionMismatch,
}
