namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.39 Reset.req.</summary>
public sealed record ResetRequest
{
    public required ResetType Type { get; init; }
}

/// <summary>OCPP 1.6 §6.40 Reset.conf.</summary>
public sealed record ResetResponse
{
    public required ResetStatus Status { get; init; }
}
