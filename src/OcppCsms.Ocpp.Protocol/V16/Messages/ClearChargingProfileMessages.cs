namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>
/// OCPP 1.6 §6.13 ClearChargingProfile.req: clears one profile by id, or every profile matching all of the other fields
/// that are given.
/// </summary>
public sealed record ClearChargingProfileRequest
{
    /// <summary>The chargingProfileId of the profile to clear.</summary>
    public int? Id { get; init; }

    /// <summary>The connector, 0 for the Charge Point as a whole; absent means all connectors.</summary>
    public int? ConnectorId { get; init; }

    public ChargingProfilePurposeType? ChargingProfilePurpose { get; init; }

    public int? StackLevel { get; init; }
}

/// <summary>OCPP 1.6 §6.14 ClearChargingProfile.conf.</summary>
public sealed record ClearChargingProfileResponse
{
    public required ClearChargingProfileStatus Status { get; init; }
}
