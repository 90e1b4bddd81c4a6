using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.10 ChargingProfileType: A charging profile: one to three charging schedules with their
/// purpose, kind, stack level and validity.
/// </summary>
public sealed record ChargingProfileType
{
    public required int Id { get; init; }

    /// <summary>Level in the profile stack: higher values take precedence, the lowest is 0.</summary>
    public required int StackLevel { get; init; }

    public required ChargingProfilePurposeEnumType ChargingProfilePurpose { get; init; }

    public required ChargingProfileKindEnumType ChargingProfileKind { get; init; }

    /// <summary>Start point of a recurrence (Recurring profiles).</summary>
    public RecurrencyKindEnumType? RecurrencyKind { get; init; }

    /// <summary>Absent means valid as soon as received.</summary>
    public DateTime? ValidFrom { get; init; }

    /// <summary>Absent means valid until replaced.</summary>
    public DateTime? ValidTo { get; init; }

    /// <summary>
    /// Only with purpose TxProfile in SetChargingProfileRequest: the transaction the profile applies to.
    /// </summary>
    [MaxLength(36)]
    public string? TransactionId { get; init; }

    /// <summary>
    /// More than one schedule only for a TxProfile in an ISO 15118 session, for schedule negotiation.
    /// </summary>
    [MinLength(1)]
    [MaxLength(3)]
    public required IReadOnlyList<ChargingScheduleType> ChargingSchedule { get; init; }

    public CustomDataType? CustomData { get; init; }
}
