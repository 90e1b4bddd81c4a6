namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.21 GetCompositeSchedule.req.</summary>
public sealed record GetCompositeScheduleRequest
{
    /// <summary>The connector, or 0 for the expected consumption of the grid connection.</summary>
    public required int ConnectorId { get; init; }

    /// <summary>Seconds: the length of the requested schedule.</summary>
    public required int Duration { get; init; }

    /// <summary>Forces a power or a current schedule.</summary>
    public ChargingRateUnitType? ChargingRateUnit { get; init; }
}

/// <summary>OCPP 1.6 §6.22 GetCompositeSchedule.conf.</summary>
public sealed record GetCompositeScheduleResponse
{
    public required GetCompositeScheduleStatus Status { get; init; }

    public int? ConnectorId { get; init; }

    /// <summary>The time the composite schedule's periods are relative to.</summary>
    public DateTime? ScheduleStart { get; init; }

    public ChargingSchedule? ChargingSchedule { get; init; }
}
