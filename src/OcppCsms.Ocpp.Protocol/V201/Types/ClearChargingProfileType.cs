namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.14 ClearChargingProfileType: Criteria for the charging profiles ClearChargingProfileRequest
/// clears; each field present narrows the selection.
/// </summary>
public sealed record ClearChargingProfileType
{
    /// <summary>EVSE whose profiles are cleared; 0 means the profiles of the whole Charging Station.</summary>
    public int? EvseId { get; init; }

    public ChargingProfilePurposeEnumType? ChargingProfilePurpose { get; init; }

    public int? StackLevel { get; init; }

    public CustomDataType? CustomData { get; init; }
}
