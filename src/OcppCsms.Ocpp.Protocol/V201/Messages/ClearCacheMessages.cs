namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.6.1 ClearCacheRequest (use case C11): the CSMS asks the station to clear its authorization
/// cache. No fields.
/// </summary>
public sealed record ClearCacheRequest
{
    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.6.2 ClearCacheResponse.</summary>
public sealed record ClearCacheResponse
{
    public required ClearCacheStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
