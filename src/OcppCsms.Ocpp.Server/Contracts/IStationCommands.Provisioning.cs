namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>
/// OCPP 2.0.1 device model commands (part 2 block B: B05–B08). OCPP 1.6 has none: its configuration keys are read and
/// changed with <see cref="GetConfigurationAsync"/> and <see cref="ChangeConfigurationAsync"/>, and a 1.6 station is
/// refused these (<see cref="CommandOutcome.Invalid"/>, naming the 1.6 command).
/// </summary>
public partial interface IStationCommands
{
    /// <summary>
    /// B07 GetBaseReport with a requestId the CSMS allocates (<see cref="CommandResult.RequestId"/>): the station's
    /// NotifyReport parts repeat it (B07.FR.04).
    /// </summary>
    Task<CommandResult> GetBaseReportAsync(string stationId, ReportBase reportBase, CancellationToken cancellationToken);

    /// <summary>
    /// B08 GetReport of the given components/variables and/or the components matching the criteria, with a requestId the
    /// CSMS allocates (its NotifyReport parts repeat it).
    /// </summary>
    Task<CommandResult> GetReportAsync(
        string stationId, IReadOnlyList<ComponentVariableSelector>? componentVariables, IReadOnlyList<ComponentCriterion>? componentCriteria,
        CancellationToken cancellationToken);

    /// <summary>B06 GetVariables: each item's result (attributeStatus, value) is in the answer.</summary>
    Task<CommandResult> GetVariablesAsync(string stationId, IReadOnlyList<VariableToGet> variables, CancellationToken cancellationToken);

    /// <summary>B05 SetVariables: each item's result (attributeStatus) is in the answer.</summary>
    Task<CommandResult> SetVariablesAsync(string stationId, IReadOnlyList<VariableToSet> variables, CancellationToken cancellationToken);

    /// <summary>
    /// B09 SetNetworkProfile: stores <paramref name="profile"/> in the station's <paramref name="configurationSlot"/>
    /// (one of NetworkConfigurationPriority's valuesList, B09.FR.05); the station uses it once that slot is given a priority.
    /// </summary>
    Task<CommandResult> SetNetworkProfileAsync(string stationId, int configurationSlot, NetworkProfile profile, CancellationToken cancellationToken);
}

/// <summary>The predefined reports (2.0.1 part 2 §3.75 ReportBaseEnumType).</summary>
public enum ReportBase
{
    ConfigurationInventory,
    FullInventory,
    SummaryInventory,
}

/// <summary>Components selected by their Active, Available, Enabled or Problem variable (part 2 §3.21).</summary>
public enum ComponentCriterion
{
    Active,
    Available,
    Enabled,
    Problem,
}

/// <summary>A component of the device model (part 2 §2.16): name, instance, and the EVSE (and connector) it sits at.</summary>
public sealed record DeviceComponent(string Name, string? Instance = null, DeviceEvse? Evse = null);

/// <summary>An EVSE, optionally narrowed to one of its connectors (part 2 §2.23).</summary>
public sealed record DeviceEvse(int Id, int? ConnectorId = null);

/// <summary>A variable of a component (part 2 §2.53).</summary>
public sealed record DeviceVariableName(string Name, string? Instance = null);

/// <summary>A component and optionally one of its variables (part 2 §2.17 ComponentVariableType).</summary>
public sealed record ComponentVariableSelector(DeviceComponent Component, DeviceVariableName? Variable = null);

/// <summary>Which attribute of a variable is meant (part 2 §3.2 AttributeEnumType); absent means Actual.</summary>
public enum VariableAttributeKind
{
    Actual,
    Target,
    MinSet,
    MaxSet,
}

/// <summary>One attribute to read (part 2 §2.25 GetVariableDataType).</summary>
public sealed record VariableToGet(DeviceComponent Component, DeviceVariableName Variable, VariableAttributeKind? AttributeType = null);

/// <summary>One attribute to write, its value a string whatever the variable's data type (part 2 §2.44 SetVariableDataType).</summary>
public sealed record VariableToSet(DeviceComponent Component, DeviceVariableName Variable, string AttributeValue, VariableAttributeKind? AttributeType = null);
