namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.17 ClearCacheStatusEnumType: Result of a ClearCacheRequest.</summary>
public enum ClearCacheStatusEnumType
{
    Accepted,
    Rejected,
}
