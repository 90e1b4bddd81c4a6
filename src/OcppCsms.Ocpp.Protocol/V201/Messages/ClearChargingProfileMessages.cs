namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.7.1 ClearChargingProfileRequest (use case K10): the CSMS removes one charging profile by id, or
/// every profile matching the criteria.
/// </summary>
public sealed record ClearChargingProfileRequest
{
    public int? ChargingProfileId { get; init; }

    /// <summary>Which profiles to clear when no id is given (EVSE, purpose, stack level).</summary>
    public ClearChargingProfileType? ChargingProfileCriteria { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.7.2 ClearChargingProfileResponse.</summary>
public sealed record ClearChargingProfileResponse
{
    public required ClearChargingProfileStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
