namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.55.1 SetNetworkProfileRequest (use case B09): the CSMS stores a network connection profile in
/// one of the station's configuration slots.
/// </summary>
public sealed record SetNetworkProfileRequest
{
    /// <summary>
    /// The slot the profile is stored in: one of the valuesList of NetworkConfigurationPriority (B09.FR.05).
    /// </summary>
    public required int ConfigurationSlot { get; init; }

    public required NetworkConnectionProfileType ConnectionData { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.55.2 SetNetworkProfileResponse.</summary>
public sealed record SetNetworkProfileResponse
{
    public required SetNetworkProfileStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
