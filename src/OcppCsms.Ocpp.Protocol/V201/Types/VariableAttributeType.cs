using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.50 VariableAttributeType: One attribute (actual, target, minimum or maximum) of a variable,
/// as reported.
/// </summary>
public sealed record VariableAttributeType
{
    /// <summary>Absent means Actual.</summary>
    public AttributeEnumType? Type { get; init; }

    /// <summary>May only be absent when mutability is WriteOnly.</summary>
    [MaxLength(2500)]
    public string? Value { get; init; }

    /// <summary>Absent means ReadWrite.</summary>
    public MutabilityEnumType? Mutability { get; init; }

    /// <summary>Kept across reboots and power loss. Absent means false.</summary>
    public bool? Persistent { get; init; }

    /// <summary>Never changed by the Charging Station at runtime. Absent means false.</summary>
    public bool? Constant { get; init; }

    public CustomDataType? CustomData { get; init; }
}
