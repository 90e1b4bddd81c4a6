namespace OcppCsms.Stations.DeviceModel;

/// <summary>
/// One attribute of one variable of a 2.0.1 station's device model (part 1 §4, part 2 §2.38 ReportDataType) as the CSMS
/// last learnt it: from a NotifyReport part (B07/B08, with mutability and characteristics), or from an accepted
/// GetVariables or SetVariables (B06/B05, the value only). Names are case-insensitive (part 2 §2.16, §2.53), so rows are
/// matched in memory whatever their case (see <see cref="DeviceModelStore"/>).
/// </summary>
internal sealed class DeviceVariable
{
    /// <summary>Part 2 §2.16/§2.53: names and instances are identifierString(50).</summary>
    public const int NameMaxLength = 50;

    /// <summary>Part 2 §2.50: a reported value is at most 2500 characters.</summary>
    public const int ValueMaxLength = 2500;

    public const int UnitMaxLength = 16;

    public const int ValuesListMaxLength = 1000;

    public Guid Id { get; init; } = Guid.NewGuid();

    public required string StationId { get; init; }

    public required string ComponentName { get; init; }

    public string? ComponentInstance { get; init; }

    public int? EvseId { get; init; }

    public int? ConnectorId { get; init; }

    public required string VariableName { get; init; }

    public string? VariableInstance { get; init; }

    public VariableAttribute AttributeType { get; init; }

    /// <summary>Null when not reported, and <see cref="DeviceModelStore.Masked"/> for a secret (SecurityCtrlr.BasicAuthPassword).</summary>
    public string? Value { get; set; }

    public VariableMutability? Mutability { get; set; }

    public bool? Persistent { get; set; }

    public bool? Constant { get; set; }

    public string? Unit { get; set; }

    /// <summary>Part 2 §3.26 DataEnumType, as the station named it (string, decimal, integer, OptionList, ...).</summary>
    public string? DataType { get; set; }

    public decimal? MinLimit { get; set; }

    public decimal? MaxLimit { get; set; }

    public string? ValuesList { get; set; }

    public bool? SupportsMonitoring { get; set; }

    public VariableSource Source { get; set; }

    /// <summary>The GetBaseReport/GetReport requestId of the NotifyReport that last reported the row; null from GetVariables/SetVariables.</summary>
    public int? ReportRequestId { get; set; }

    public DateTime UpdatedAt { get; set; }
}
