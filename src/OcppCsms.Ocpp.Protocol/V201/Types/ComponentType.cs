using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §2.16 ComponentType: A physical or logical component of the device model.</summary>
public sealed record ComponentType
{
    /// <summary>Component name, preferably a standardized one; case-insensitive.</summary>
    [MaxLength(50)]
    public required string Name { get; init; }

    /// <summary>Instance name when the component exists more than once; case-insensitive.</summary>
    [MaxLength(50)]
    public string? Instance { get; init; }

    /// <summary>The EVSE (and connector) the component is located at.</summary>
    public EVSEType? Evse { get; init; }

    public CustomDataType? CustomData { get; init; }
}
