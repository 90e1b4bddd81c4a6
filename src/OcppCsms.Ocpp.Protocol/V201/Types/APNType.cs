using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.3 APNType: Settings for a data connection over a cellular network, part of a network
/// connection profile.
/// </summary>
public sealed record APNType
{
    /// <summary>Access Point Name, as a URL.</summary>
    [MaxLength(512)]
    public required string Apn { get; init; }

    [MaxLength(20)]
    public string? ApnUserName { get; init; }

    [MaxLength(20)]
    public string? ApnPassword { get; init; }

    /// <summary>PIN code of the SIM card.</summary>
    public int? SimPin { get; init; }

    /// <summary>Preferred network as MCC and MNC concatenated (e.g. 20404).</summary>
    [MaxLength(6)]
    public string? PreferredNetwork { get; init; }

    /// <summary>Do not dial in when the preferred network is unavailable. Absent means false.</summary>
    public bool? UseOnlyPreferredNetwork { get; init; }

    public required APNAuthenticationEnumType ApnAuthentication { get; init; }

    public CustomDataType? CustomData { get; init; }
}
