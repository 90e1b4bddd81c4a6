namespace OcppCsms.Ocpp.Server.Contracts.SmartCharging;

/// <summary>
/// A charging profile in terms both OCPP versions share (1.6 §7.8 ChargingProfile, 2.0.1 part 2 §2.10
/// ChargingProfileType): what operators send and what the CSMS keeps per connector. The adapters carry it into the
/// station's version (<see cref="V16ChargingProfiles"/>, <see cref="V201ChargingProfiles"/>) and refuse what that
/// version cannot hold.
/// </summary>
public sealed record ChargingProfile
{
    /// <summary>1.6 chargingProfileId, 2.0.1 id: unique on the station; setting a profile with a known id replaces it.</summary>
    public required int Id { get; init; }

    /// <summary>The level in the stack of profiles of one purpose: a higher level takes precedence, the lowest is 0.</summary>
    public required int StackLevel { get; init; }

    public required ChargingProfilePurpose Purpose { get; init; }

    public required ChargingProfileKind Kind { get; init; }

    /// <summary>Only with kind Recurring: when the schedule starts again.</summary>
    public RecurrencyKind? Recurrency { get; init; }

    /// <summary>Absent: valid as soon as the station receives it.</summary>
    public DateTime? ValidFrom { get; init; }

    /// <summary>Absent: valid until replaced or cleared.</summary>
    public DateTime? ValidTo { get; init; }

    /// <summary>
    /// Only for a TxProfile set on a running transaction: the station's transaction id as text (an integer in 1.6, up
    /// to 36 characters in 2.0.1).
    /// </summary>
    public string? TransactionId { get; init; }

    public required ChargingSchedule Schedule { get; init; }
}
