using System.Diagnostics.CodeAnalysis;
using V201 = OcppCsms.Ocpp.Protocol.V201;

namespace OcppCsms.Ocpp.Server.Contracts.SmartCharging;

/// <summary>
/// Carries a <see cref="ChargingProfile"/> into OCPP 2.0.1's <c>ChargingProfileType</c> (part 2 §2.10: SetChargingProfile,
/// RequestStartTransaction) and back. A neutral profile has one schedule; 2.0.1 numbers it, and it takes the profile's id.
/// </summary>
public static class V201ChargingProfiles
{
    /// <summary>The longest transaction id 2.0.1 carries (part 2 §2.10: identifierString[0..36]).</summary>
    public const int TransactionIdMaxLength = 36;

    /// <summary>
    /// Converts the profile, or says which field OCPP 2.0.1 cannot carry or forbids: a transaction id over 36
    /// characters, an Absolute or Recurring schedule without startSchedule (K01.FR.40), a Relative one with it (K01.FR.41).
    /// </summary>
    /// <param name="error">The field (as a JSON path under the profile) and why.</param>
    public static bool TryToV201(this ChargingProfile profile, [NotNullWhen(true)] out V201.ChargingProfileType? converted, [NotNullWhen(false)] out string? error)
    {
        converted = null;
        error = profile switch
        {
            { TransactionId.Length: > TransactionIdMaxLength } => $"transactionId: OCPP 2.0.1 transaction ids have at most {TransactionIdMaxLength} characters.",
            { Kind: not ChargingProfileKind.Relative, Schedule.StartSchedule: null } => "schedule.startSchedule: OCPP 2.0.1 requires it for an Absolute or Recurring profile.",
            { Kind: ChargingProfileKind.Relative, Schedule.StartSchedule: not null } => "schedule.startSchedule: OCPP 2.0.1 forbids it for a Relative profile.",
            _ => null,
        };
        if (error is not null)
        {
            return false;
        }

        converted = new V201.ChargingProfileType
        {
            Id = profile.Id,
            StackLevel = profile.StackLevel,
            ChargingProfilePurpose = profile.Purpose.ToV201(),
            ChargingProfileKind = Enum.Parse<V201.ChargingProfileKindEnumType>(profile.Kind.ToString()),
            RecurrencyKind = profile.Recurrency is { } recurrency ? Enum.Parse<V201.RecurrencyKindEnumType>(recurrency.ToString()) : null,
            ValidFrom = profile.ValidFrom,
            ValidTo = profile.ValidTo,
            TransactionId = profile.TransactionId,
            ChargingSchedule =
            [
                new V201.ChargingScheduleType
                {
                    Id = profile.Id,
                    StartSchedule = profile.Schedule.StartSchedule,
                    Duration = profile.Schedule.Duration,
                    ChargingRateUnit = profile.Schedule.ChargingRateUnit.ToV201(),
                    MinChargingRate = profile.Schedule.MinChargingRate,
                    ChargingSchedulePeriod =
                    [
                        .. profile.Schedule.Periods.Select(p => new V201.ChargingSchedulePeriodType
                        {
                            StartPeriod = p.StartPeriod, Limit = p.Limit, NumberPhases = p.NumberPhases, PhaseToUse = p.PhaseToUse,
                        }),
                    ],
                },
            ],
        };
        error = null;
        return true;
    }

    /// <summary>
    /// A 2.0.1 profile in neutral terms, or why there is none: a profile with more than one schedule (ISO 15118
    /// schedule negotiation, part 2 §2.10) or a sales tariff says more than a neutral profile holds.
    /// </summary>
    public static bool TryFromV201(V201.ChargingProfileType profile, [NotNullWhen(true)] out ChargingProfile? converted, [NotNullWhen(false)] out string? error)
    {
        converted = null;
        if (profile.ChargingSchedule is not [{ SalesTariff: null } schedule])
        {
            error = "chargingSchedule: only a single schedule without a sales tariff has a version-neutral form.";
            return false;
        }

        converted = new ChargingProfile
        {
            Id = profile.Id,
            StackLevel = profile.StackLevel,
            Purpose = profile.ChargingProfilePurpose switch
            {
                V201.ChargingProfilePurposeEnumType.ChargingStationMaxProfile => ChargingProfilePurpose.ChargePointMaxProfile,
                V201.ChargingProfilePurposeEnumType.TxDefaultProfile => ChargingProfilePurpose.TxDefaultProfile,
                V201.ChargingProfilePurposeEnumType.TxProfile => ChargingProfilePurpose.TxProfile,
                _ => ChargingProfilePurpose.ChargingStationExternalConstraints,
            },
            Kind = Enum.Parse<ChargingProfileKind>(profile.ChargingProfileKind.ToString()),
            Recurrency = profile.RecurrencyKind is { } recurrency ? Enum.Parse<RecurrencyKind>(recurrency.ToString()) : null,
            ValidFrom = profile.ValidFrom,
            ValidTo = profile.ValidTo,
            TransactionId = profile.TransactionId,
            Schedule = new ChargingSchedule
            {
                Duration = schedule.Duration,
                StartSchedule = schedule.StartSchedule,
                ChargingRateUnit = schedule.ChargingRateUnit == V201.ChargingRateUnitEnumType.A ? ChargingRateUnit.A : ChargingRateUnit.W,
                MinChargingRate = schedule.MinChargingRate,
                Periods =
                [
                    .. schedule.ChargingSchedulePeriod.Select(p => new ChargingSchedulePeriod
                    {
                        StartPeriod = p.StartPeriod, Limit = p.Limit, NumberPhases = p.NumberPhases, PhaseToUse = p.PhaseToUse,
                    }),
                ],
            },
        };
        error = null;
        return true;
    }

    /// <summary>2.0.1 names the station's maximum ChargingStationMaxProfile.</summary>
    public static V201.ChargingProfilePurposeEnumType ToV201(this ChargingProfilePurpose purpose) => purpose switch
    {
        ChargingProfilePurpose.ChargePointMaxProfile => V201.ChargingProfilePurposeEnumType.ChargingStationMaxProfile,
        ChargingProfilePurpose.TxDefaultProfile => V201.ChargingProfilePurposeEnumType.TxDefaultProfile,
        ChargingProfilePurpose.TxProfile => V201.ChargingProfilePurposeEnumType.TxProfile,
        _ => V201.ChargingProfilePurposeEnumType.ChargingStationExternalConstraints,
    };

    public static V201.ChargingRateUnitEnumType ToV201(this ChargingRateUnit unit) => unit == ChargingRateUnit.A ? V201.ChargingRateUnitEnumType.A : V201.ChargingRateUnitEnumType.W;
}
