namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.23.1 GetLocalListVersionRequest (use case D02): the CSMS asks for the version of the station's
/// local authorization list. No fields.
/// </summary>
public sealed record GetLocalListVersionRequest
{
    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.23.2 GetLocalListVersionResponse.</summary>
public sealed record GetLocalListVersionResponse
{
    /// <summary>The version of the station's local authorization list.</summary>
    public required int VersionNumber { get; init; }

    public CustomDataType? CustomData { get; init; }
}
