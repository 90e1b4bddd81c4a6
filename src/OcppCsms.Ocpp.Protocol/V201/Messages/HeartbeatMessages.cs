namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §1.29.1 HeartbeatRequest (use case G02).</summary>
public sealed record HeartbeatRequest
{
    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.29.2 HeartbeatResponse.</summary>
public sealed record HeartbeatResponse
{
    /// <summary>The CSMS's current time.</summary>
    public required DateTime CurrentTime { get; init; }

    public CustomDataType? CustomData { get; init; }
}
