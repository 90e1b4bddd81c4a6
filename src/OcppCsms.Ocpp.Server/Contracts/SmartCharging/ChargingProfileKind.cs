namespace OcppCsms.Ocpp.Server.Contracts.SmartCharging;

/// <summary>What a schedule's periods are relative to (1.6 §7.9, 2.0.1 part 2 §3.12).</summary>
public enum ChargingProfileKind
{
    /// <summary>To the schedule's startSchedule.</summary>
    Absolute,

    /// <summary>To startSchedule, repeated daily or weekly.</summary>
    Recurring,

    /// <summary>To the start of charging.</summary>
    Relative,
}
