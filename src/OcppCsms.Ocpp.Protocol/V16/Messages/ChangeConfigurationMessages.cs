using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.9 ChangeConfiguration.req; the standard keys are listed in §9.</summary>
public sealed record ChangeConfigurationRequest
{
    [MaxLength(50)]
    public required string Key { get; init; }

    [MaxLength(500)]
    public required string Value { get; init; }
}

/// <summary>OCPP 1.6 §6.10 ChangeConfiguration.conf.</summary>
public sealed record ChangeConfigurationResponse
{
    public required ConfigurationStatus Status { get; init; }
}
