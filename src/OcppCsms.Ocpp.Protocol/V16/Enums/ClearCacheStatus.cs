namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.20 ClearCacheStatus: the answer to ClearCache.req.</summary>
public enum ClearCacheStatus
{
    Accepted,
    Rejected,
}
