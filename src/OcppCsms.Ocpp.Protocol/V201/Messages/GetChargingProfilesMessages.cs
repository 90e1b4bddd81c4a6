namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.19.1 GetChargingProfilesRequest (use case K09): the CSMS asks for the installed charging
/// profiles, reported by ReportChargingProfilesRequest.
/// </summary>
public sealed record GetChargingProfilesRequest
{
    /// <summary>Repeated in every ReportChargingProfilesRequest of the report.</summary>
    public required int RequestId { get; init; }

    /// <summary>0: only profiles on the grid connection; absent: profiles of every EVSE.</summary>
    public int? EvseId { get; init; }

    /// <summary>The criteria a reported profile must match.</summary>
    public required ChargingProfileCriterionType ChargingProfile { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.19.2 GetChargingProfilesResponse.</summary>
public sealed record GetChargingProfilesResponse
{
    public required GetChargingProfileStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
