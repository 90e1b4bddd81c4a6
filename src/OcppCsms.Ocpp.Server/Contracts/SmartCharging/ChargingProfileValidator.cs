using FluentValidation;

namespace OcppCsms.Ocpp.Server.Contracts.SmartCharging;

/// <summary>
/// The rules a charging profile must meet in either version before a command carries it (a request body nests it as
/// <c>chargingProfile</c>; every rule names its camelCase field). Where a rule depends on the connector or the command
/// (TxProfile only on a connector above 0, no ChargingStationExternalConstraints from the CSMS), the command's own
/// validator adds it.
/// </summary>
public sealed class ChargingProfileValidator : AbstractValidator<ChargingProfile>
{
    public ChargingProfileValidator()
    {
        // OCPP 1.6 §7.8 / 2.0.1 part 2 §2.10: "The lowest level is 0".
        RuleFor(p => p.StackLevel).GreaterThanOrEqualTo(0).OverridePropertyName("stackLevel");
        // OCPP 1.6 errata 3.56: recurrencyKind only with kind Recurring; a Recurring profile needs it to mean anything.
        RuleFor(p => p.Recurrency).NotNull().When(p => p.Kind == ChargingProfileKind.Recurring)
            .WithMessage("A Recurring profile needs a recurrency (Daily or Weekly).").OverridePropertyName("recurrency");
        RuleFor(p => p.Recurrency).Null().When(p => p.Kind != ChargingProfileKind.Recurring)
            .WithMessage("Only a Recurring profile has a recurrency.").OverridePropertyName("recurrency");
        // OCPP 2.0.1 K01.FR.38; OCPP 1.6 §3.13.1 defines the station's maximum on its own, not relative to a transaction.
        RuleFor(p => p.Kind).NotEqual(ChargingProfileKind.Relative).When(p => p.Purpose == ChargingProfilePurpose.ChargePointMaxProfile)
            .WithMessage("A ChargePointMaxProfile cannot be Relative.").OverridePropertyName("kind");
        // OCPP 1.6 §7.8 transactionId: "Only valid if ChargingProfilePurpose is set to TxProfile".
        RuleFor(p => p.TransactionId).Null().When(p => p.Purpose != ChargingProfilePurpose.TxProfile)
            .WithMessage("Only a TxProfile names a transaction.").OverridePropertyName("transactionId");
        RuleFor(p => p.TransactionId).NotEmpty().MaximumLength(V201ChargingProfiles.TransactionIdMaxLength)
            .When(p => p.TransactionId is not null).OverridePropertyName("transactionId");
        RuleFor(p => p.ValidTo).GreaterThan(p => p.ValidFrom).When(p => p.ValidFrom is not null && p.ValidTo is not null)
            .WithMessage("validTo must be after validFrom.").OverridePropertyName("validTo");
        RuleFor(p => p.Schedule).NotNull().SetValidator(new ChargingScheduleValidator()).OverridePropertyName("schedule");
    }

    private const string OneDecimalMessage = "At most one decimal.";

    // OCPP 1.6 §7.13 minChargingRate and §7.14 limit: "Accepts at most one digit fraction (e.g. 8.1)".
    private static bool OneDecimal(decimal value) => value * 10 == decimal.Truncate(value * 10);

    private sealed class ChargingScheduleValidator : AbstractValidator<ChargingSchedule>
    {
        public ChargingScheduleValidator()
        {
            RuleFor(s => s.Duration).GreaterThan(0).OverridePropertyName("duration");
            RuleFor(s => s.MinChargingRate).GreaterThanOrEqualTo(0).Must(rate => rate is not { } value || OneDecimal(value))
                .WithMessage(OneDecimalMessage).OverridePropertyName("minChargingRate");
            RuleFor(s => s.Periods).NotEmpty().OverridePropertyName("periods");
            // OCPP 2.0.1 K01.FR.31 and K01.FR.35, OCPP 1.6 §7.13/§7.14: the first period starts at 0 and the list is in
            // increasing order of startPeriod, each period ending where the next starts.
            RuleFor(s => s.Periods).Must(StartAtZeroAscending!).When(s => s.Periods is { Count: > 0 })
                .WithMessage("Periods start at 0 and follow in strictly increasing order of startPeriod.").OverridePropertyName("periods");
            RuleForEach(s => s.Periods).NotNull().SetValidator(new ChargingSchedulePeriodValidator()).OverridePropertyName("periods");
        }

        private static bool StartAtZeroAscending(IReadOnlyList<ChargingSchedulePeriod> periods) =>
            periods.All(p => p is not null) && periods[0].StartPeriod == 0 && periods.Zip(periods.Skip(1)).All(pair => pair.First.StartPeriod < pair.Second.StartPeriod);
    }

    private sealed class ChargingSchedulePeriodValidator : AbstractValidator<ChargingSchedulePeriod>
    {
        public ChargingSchedulePeriodValidator()
        {
            RuleFor(p => p.Limit).GreaterThanOrEqualTo(0).Must(OneDecimal).WithMessage(OneDecimalMessage).OverridePropertyName("limit");
            RuleFor(p => p.NumberPhases).InclusiveBetween(1, 3).OverridePropertyName("numberPhases");
            RuleFor(p => p.PhaseToUse).InclusiveBetween(1, 3).OverridePropertyName("phaseToUse");
            // OCPP 2.0.1 K01.FR.19.
            RuleFor(p => p.PhaseToUse).Null().When(p => p.NumberPhases != 1)
                .WithMessage("phaseToUse goes only with numberPhases 1.").OverridePropertyName("phaseToUse");
        }
    }
}
