namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.43 SetChargingProfile.req.</summary>
public sealed record SetChargingProfileRequest
{
    /// <summary>The connector, or 0 for a limit on the Charge Point as a whole.</summary>
    public required int ConnectorId { get; init; }

    /// <summary>The profile to set (one profile, despite the plural name).</summary>
    public required ChargingProfile CsChargingProfiles { get; init; }
}

/// <summary>OCPP 1.6 §6.44 SetChargingProfile.conf.</summary>
public sealed record SetChargingProfileResponse
{
    public required ChargingProfileStatus Status { get; init; }
}
