using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.33 ModemType: Identity of the Charging Station's wireless modem and SIM card.
/// </summary>
public sealed record ModemType
{
    /// <summary>ICCID of the SIM card.</summary>
    [MaxLength(20)]
    public string? Iccid { get; init; }

    /// <summary>IMSI of the SIM card.</summary>
    [MaxLength(20)]
    public string? Imsi { get; init; }

    public CustomDataType? CustomData { get; init; }
}
