namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.20.1 GetCompositeScheduleRequest (use case K08): the CSMS asks for the schedule an EVSE (or,
/// for 0, the grid connection) will follow.
/// </summary>
public sealed record GetCompositeScheduleRequest
{
    /// <summary>Length of the requested schedule in seconds.</summary>
    public required int Duration { get; init; }

    /// <summary>Forces a power or a current schedule.</summary>
    public ChargingRateUnitEnumType? ChargingRateUnit { get; init; }

    public required int EvseId { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.20.2 GetCompositeScheduleResponse.</summary>
public sealed record GetCompositeScheduleResponse
{
    public required GenericStatusEnumType Status { get; init; }

    /// <summary>Absent only with status Rejected.</summary>
    public CompositeScheduleType? Schedule { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
