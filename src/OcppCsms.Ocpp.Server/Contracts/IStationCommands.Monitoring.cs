namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>
/// OCPP 2.0.1 functional block N, monitoring (part 2 N02–N06). OCPP 1.6 has no monitors: a 1.6 station gets none of
/// these, the command ends <see cref="CommandOutcome.Invalid"/> unsent.
/// </summary>
public partial interface IStationCommands
{
    /// <summary>N04 SetVariableMonitoring: sets (or, with an id, replaces) monitors; the answer gives each monitor's result and id.</summary>
    Task<CommandResult> SetVariableMonitoringAsync(string stationId, IReadOnlyList<VariableMonitorSetting> monitors, CancellationToken cancellationToken);

    /// <summary>N03 SetMonitoringBase: which set of monitors the station runs.</summary>
    Task<CommandResult> SetMonitoringBaseAsync(string stationId, MonitoringBase monitoringBase, CancellationToken cancellationToken);

    /// <summary>N05 SetMonitoringLevel: the least severe events (0 Danger … 9 Debug) the station still reports.</summary>
    Task<CommandResult> SetMonitoringLevelAsync(string stationId, int severity, CancellationToken cancellationToken);

    /// <summary>N06 ClearVariableMonitoring: removes monitors by id.</summary>
    Task<CommandResult> ClearVariableMonitoringAsync(string stationId, IReadOnlyList<int> monitorIds, CancellationToken cancellationToken);

    /// <summary>
    /// N02 GetMonitoringReport with a requestId the CSMS allocates (<see cref="CommandResult.RequestId"/>), which the
    /// station's NotifyMonitoringReportRequests repeat (N02.FR.03).
    /// </summary>
    Task<CommandResult> GetMonitoringReportAsync(string stationId, MonitoringReportQuery query, CancellationToken cancellationToken);
}

/// <summary>A device model component (2.0.1 ComponentType), optionally at an EVSE and connector.</summary>
public sealed record ComponentAddress(string Name, string? Instance = null, int? EvseId = null, int? ConnectorId = null);

/// <summary>A variable of a component (2.0.1 VariableType).</summary>
public sealed record VariableAddress(string Name, string? Instance = null);

/// <summary>A component and, optionally, one of its variables (2.0.1 ComponentVariableType).</summary>
public sealed record ComponentVariableAddress(ComponentAddress Component, VariableAddress? Variable = null);

/// <param name="Id">Only to replace an existing monitor; the station numbers new ones.</param>
/// <param name="Transaction">Monitor only while a transaction is ongoing.</param>
/// <param name="Value">Threshold or delta, or for periodic monitors the interval in seconds.</param>
/// <param name="Severity">Of the events the monitor triggers, 0 (Danger) to 9 (Debug).</param>
public sealed record VariableMonitorSetting(
    MonitorKind Type, decimal Value, int Severity, ComponentAddress Component, VariableAddress Variable, int? Id = null, bool? Transaction = null);

/// <summary>2.0.1 MonitorEnumType.</summary>
public enum MonitorKind
{
    UpperThreshold,
    LowerThreshold,
    Delta,
    Periodic,
    PeriodicClockAligned,
}

/// <summary>2.0.1 MonitoringBaseEnumType.</summary>
public enum MonitoringBase
{
    All,
    FactoryDefault,
    HardWiredOnly,
}

/// <summary>2.0.1 MonitoringCriterionEnumType.</summary>
public enum MonitoringCriterion
{
    ThresholdMonitoring,
    DeltaMonitoring,
    PeriodicMonitoring,
}

/// <param name="Criteria">Only monitors of these kinds; absent, all.</param>
/// <param name="ComponentVariables">Only monitors of these components and variables; absent, all.</param>
public sealed record MonitoringReportQuery(IReadOnlyList<MonitoringCriterion>? Criteria = null, IReadOnlyList<ComponentVariableAddress>? ComponentVariables = null);
