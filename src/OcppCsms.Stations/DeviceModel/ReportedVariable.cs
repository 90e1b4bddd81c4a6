namespace OcppCsms.Stations.DeviceModel;

/// <summary>Where a variable sits in the device model: component (instance, EVSE, connector) and variable (instance).</summary>
internal sealed record VariableAddress(
    string ComponentName, string? ComponentInstance, int? EvseId, int? ConnectorId, string VariableName, string? VariableInstance)
{
    /// <summary>
    /// OCPP 2.0.1 A01.FR.01/A00.FR.205: the station's Basic password. Its value is never kept nor logged: a row shows
    /// <see cref="DeviceModelStore.Masked"/>.
    /// </summary>
    public bool IsBasicAuthPassword =>
        string.Equals(ComponentName, "SecurityCtrlr", StringComparison.OrdinalIgnoreCase)
        && string.Equals(VariableName, "BasicAuthPassword", StringComparison.OrdinalIgnoreCase);

    /// <summary>The same place whatever the names' case (part 2 §2.16, §2.53).</summary>
    public bool Matches(VariableAddress other) =>
        string.Equals(ComponentName, other.ComponentName, StringComparison.OrdinalIgnoreCase)
        && string.Equals(ComponentInstance, other.ComponentInstance, StringComparison.OrdinalIgnoreCase)
        && EvseId == other.EvseId && ConnectorId == other.ConnectorId
        && string.Equals(VariableName, other.VariableName, StringComparison.OrdinalIgnoreCase)
        && string.Equals(VariableInstance, other.VariableInstance, StringComparison.OrdinalIgnoreCase);
}

/// <summary>One attribute of a reported variable (part 2 §2.50 VariableAttributeType).</summary>
internal sealed record ReportedAttribute(VariableAttribute Type, string? Value, VariableMutability? Mutability, bool? Persistent, bool? Constant);

/// <summary>A variable's fixed characteristics (part 2 §2.51 VariableCharacteristicsType).</summary>
internal sealed record VariableCharacteristics(string? Unit, string DataType, decimal? MinLimit, decimal? MaxLimit, string? ValuesList, bool SupportsMonitoring);

/// <summary>One reportData entry of a NotifyReport part (part 2 §2.38 ReportDataType).</summary>
internal sealed record ReportedVariable(VariableAddress Address, IReadOnlyList<ReportedAttribute> Attributes, VariableCharacteristics? Characteristics);

/// <summary>An attribute value a station read (GetVariables) or applied (SetVariables).</summary>
internal sealed record KnownValue(VariableAddress Address, VariableAttribute Type, string? Value)
{
    public bool Matches(VariableAddress address, VariableAttribute type) => Type == type && Address.Matches(address);
}
