using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.29 KeyValue: one configuration key in GetConfiguration.conf.</summary>
public sealed record KeyValue
{
    [MaxLength(50)]
    public required string Key { get; init; }

    /// <summary>True when ChangeConfiguration.req cannot set the key.</summary>
    public required bool Readonly { get; init; }

    /// <summary>Absent when the key is known but not set.</summary>
    [MaxLength(500)]
    public string? Value { get; init; }
}
