namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.27 GetLocalListVersion.req: no fields.</summary>
public sealed record GetLocalListVersionRequest;

/// <summary>OCPP 1.6 §6.28 GetLocalListVersion.conf.</summary>
public sealed record GetLocalListVersionResponse
{
    /// <summary>The version of the local authorization list (0: empty, -1: not supported; §5.10).</summary>
    public required int ListVersion { get; init; }
}
