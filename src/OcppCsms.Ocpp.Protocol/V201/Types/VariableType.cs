using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §2.53 VariableType: A variable of a component, by name and optional instance.</summary>
public sealed record VariableType
{
    /// <summary>Variable name, preferably a standardized one; case-insensitive.</summary>
    [MaxLength(50)]
    public required string Name { get; init; }

    /// <summary>Instance name when the variable exists more than once; case-insensitive.</summary>
    [MaxLength(50)]
    public string? Instance { get; init; }

    public CustomDataType? CustomData { get; init; }
}
