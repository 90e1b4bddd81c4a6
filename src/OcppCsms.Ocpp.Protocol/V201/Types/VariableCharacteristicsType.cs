using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.51 VariableCharacteristicsType: Fixed, read-only characteristics of a variable.
/// </summary>
public sealed record VariableCharacteristicsType
{
    /// <summary>Unit of the variable; required when the value has one.</summary>
    [MaxLength(16)]
    public string? Unit { get; init; }

    public required DataEnumType DataType { get; init; }

    public decimal? MinLimit { get; init; }

    /// <summary>Maximum value, or for string and list types the maximum length.</summary>
    public decimal? MaxLimit { get; init; }

    /// <summary>Comma separated allowed values; required for OptionList, MemberList and SequenceList.</summary>
    [MaxLength(1000)]
    public string? ValuesList { get; init; }

    public required bool SupportsMonitoring { get; init; }

    public CustomDataType? CustomData { get; init; }
}
