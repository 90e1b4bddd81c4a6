namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.22 ConfigurationStatus: the answer to ChangeConfiguration.req.</summary>
public enum ConfigurationStatus
{
    Accepted,
    Rejected,
    RebootRequired,
    NotSupported,
}
