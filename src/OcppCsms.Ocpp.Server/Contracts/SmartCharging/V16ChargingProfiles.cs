using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using V16 = OcppCsms.Ocpp.Protocol.V16;

namespace OcppCsms.Ocpp.Server.Contracts.SmartCharging;

/// <summary>
/// Carries a <see cref="ChargingProfile"/> into OCPP 1.6's <c>ChargingProfile</c> (§7.8, the <c>csChargingProfiles</c> of
/// SetChargingProfile.req and the <c>chargingProfile</c> of RemoteStartTransaction.req) and back.
/// </summary>
public static class V16ChargingProfiles
{
    /// <summary>
    /// Converts the profile, or says which field OCPP 1.6 cannot carry: the 2.0.1-only purpose
    /// ChargingStationExternalConstraints, a transaction id that is not an integer (1.6 §6.45 StartTransaction.conf
    /// hands out integers), a period's phaseToUse.
    /// </summary>
    /// <param name="error">The field (as a JSON path under the profile) and why, e.g. <c>purpose: ...</c>.</param>
    public static bool TryToV16(this ChargingProfile profile, [NotNullWhen(true)] out V16.ChargingProfile? converted, [NotNullWhen(false)] out string? error)
    {
        converted = null;
        if (profile.Purpose == ChargingProfilePurpose.ChargingStationExternalConstraints)
        {
            error = "purpose: ChargingStationExternalConstraints exists only in OCPP 2.0.1.";
            return false;
        }

        int? transactionId = null;
        if (profile.TransactionId is not null)
        {
            if (!int.TryParse(profile.TransactionId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
            {
                error = "transactionId: OCPP 1.6 transaction ids are integers.";
                return false;
            }

            transactionId = id;
        }

        var periods = profile.Schedule.Periods;
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].PhaseToUse is not null)
            {
                error = $"schedule.periods[{i}].phaseToUse: OCPP 1.6 cannot choose the phase to use.";
                return false;
            }
        }

        converted = new V16.ChargingProfile
        {
            ChargingProfileId = profile.Id,
            TransactionId = transactionId,
            StackLevel = profile.StackLevel,
            ChargingProfilePurpose = profile.Purpose switch
            {
                ChargingProfilePurpose.ChargePointMaxProfile => V16.ChargingProfilePurposeType.ChargePointMaxProfile,
                ChargingProfilePurpose.TxDefaultProfile => V16.ChargingProfilePurposeType.TxDefaultProfile,
                _ => V16.ChargingProfilePurposeType.TxProfile,
            },
            ChargingProfileKind = Enum.Parse<V16.ChargingProfileKindType>(profile.Kind.ToString()),
            RecurrencyKind = profile.Recurrency is { } recurrency ? Enum.Parse<V16.RecurrencyKindType>(recurrency.ToString()) : null,
            ValidFrom = profile.ValidFrom,
            ValidTo = profile.ValidTo,
            ChargingSchedule = new V16.ChargingSchedule
            {
                Duration = profile.Schedule.Duration,
                StartSchedule = profile.Schedule.StartSchedule,
                ChargingRateUnit = profile.Schedule.ChargingRateUnit.ToV16(),
                MinChargingRate = profile.Schedule.MinChargingRate,
                ChargingSchedulePeriod = [.. periods.Select(p => new V16.ChargingSchedulePeriod { StartPeriod = p.StartPeriod, Limit = p.Limit, NumberPhases = p.NumberPhases })],
            },
        };
        error = null;
        return true;
    }

    /// <summary>A 1.6 profile in neutral terms; every 1.6 profile has one.</summary>
    public static ChargingProfile FromV16(V16.ChargingProfile profile) => new()
    {
        Id = profile.ChargingProfileId,
        StackLevel = profile.StackLevel,
        Purpose = Enum.Parse<ChargingProfilePurpose>(profile.ChargingProfilePurpose.ToString()),
        Kind = Enum.Parse<ChargingProfileKind>(profile.ChargingProfileKind.ToString()),
        Recurrency = profile.RecurrencyKind is { } recurrency ? Enum.Parse<RecurrencyKind>(recurrency.ToString()) : null,
        ValidFrom = profile.ValidFrom,
        ValidTo = profile.ValidTo,
        TransactionId = profile.TransactionId?.ToString(CultureInfo.InvariantCulture),
        Schedule = FromV16(profile.ChargingSchedule),
    };

    /// <summary>A 1.6 schedule (a profile's, or a composite schedule of GetCompositeSchedule.conf) in neutral terms.</summary>
    public static ChargingSchedule FromV16(V16.ChargingSchedule schedule) => new()
    {
        Duration = schedule.Duration,
        StartSchedule = schedule.StartSchedule,
        ChargingRateUnit = schedule.ChargingRateUnit == V16.ChargingRateUnitType.A ? ChargingRateUnit.A : ChargingRateUnit.W,
        MinChargingRate = schedule.MinChargingRate,
        Periods = [.. schedule.ChargingSchedulePeriod.Select(p => new ChargingSchedulePeriod { StartPeriod = p.StartPeriod, Limit = p.Limit, NumberPhases = p.NumberPhases })],
    };

    public static V16.ChargingRateUnitType ToV16(this ChargingRateUnit unit) => unit == ChargingRateUnit.A ? V16.ChargingRateUnitType.A : V16.ChargingRateUnitType.W;
}
