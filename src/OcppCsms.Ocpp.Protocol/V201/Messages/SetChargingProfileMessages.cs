namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.51.1 SetChargingProfileRequest (use case K01): the CSMS installs a charging profile on an EVSE
/// or the whole station.
/// </summary>
public sealed record SetChargingProfileRequest
{
    /// <summary>0: for TxDefaultProfile every EVSE, for the station-wide purposes the whole station.</summary>
    public required int EvseId { get; init; }

    public required ChargingProfileType ChargingProfile { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.51.2 SetChargingProfileResponse.</summary>
public sealed record SetChargingProfileResponse
{
    public required ChargingProfileStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
