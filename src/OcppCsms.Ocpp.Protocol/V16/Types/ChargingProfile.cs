namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.8 ChargingProfile: a ChargingSchedule with its purpose, kind and place in the stack.</summary>
public sealed record ChargingProfile
{
    public required int ChargingProfileId { get; init; }

    /// <summary>Only for a TxProfile: the transaction the profile is for.</summary>
    public int? TransactionId { get; init; }

    /// <summary>Level in the stack of profiles of one purpose; a higher level takes precedence (lowest is 0).</summary>
    public required int StackLevel { get; init; }

    public required ChargingProfilePurposeType ChargingProfilePurpose { get; init; }

    public required ChargingProfileKindType ChargingProfileKind { get; init; }

    /// <summary>Only with chargingProfileKind Recurring (errata 3.56).</summary>
    public RecurrencyKindType? RecurrencyKind { get; init; }

    public DateTime? ValidFrom { get; init; }

    public DateTime? ValidTo { get; init; }

    public required ChargingSchedule ChargingSchedule { get; init; }
}
