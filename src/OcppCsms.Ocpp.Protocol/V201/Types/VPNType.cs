using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §2.54 VPNType: VPN settings of a network connection profile.</summary>
public sealed record VPNType
{
    /// <summary>VPN server address.</summary>
    [MaxLength(512)]
    public required string Server { get; init; }

    [MaxLength(20)]
    public required string User { get; init; }

    [MaxLength(20)]
    public string? Group { get; init; }

    [MaxLength(20)]
    public required string Password { get; init; }

    /// <summary>VPN shared secret.</summary>
    [MaxLength(255)]
    public required string Key { get; init; }

    public required VPNEnumType Type { get; init; }

    public CustomDataType? CustomData { get; init; }
}
