namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.11 ClearCache.req: no fields.</summary>
public sealed record ClearCacheRequest;

/// <summary>OCPP 1.6 §6.12 ClearCache.conf.</summary>
public sealed record ClearCacheResponse
{
    public required ClearCacheStatus Status { get; init; }
}
