using FluentValidation;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Transactions.SmartCharging.Api;

/// <summary><c>POST …/commands/set-charging-profile</c>.</summary>
/// <param name="ConnectorId">The 1.6 connector or the 2.0.1 EVSE; 0 is the station itself. Nullable only so that a missing one is refused.</param>
internal sealed record SetChargingProfileCommand(int? ConnectorId, ChargingProfile? ChargingProfile);

/// <summary><c>POST …/commands/get-composite-schedule</c>: the connector (2.0.1 EVSE, 0 the grid connection), the seconds to cover, and a unit to force.</summary>
internal sealed record GetCompositeScheduleCommand(int? ConnectorId, int? Duration, ChargingRateUnit? ChargingRateUnit);

/// <summary><c>GET …/charging-profiles?connectorId=</c>: one connector's profiles (0: the station's own), or all.</summary>
internal sealed class ChargingProfilesQuery
{
    public int? ConnectorId { get; set; }
}

/// <summary>
/// OCPP 1.6 §3.13.1 and 2.0.1 K01 rules that depend on where the profile goes, checked before anything is sent: a
/// ChargePointMaxProfile limits the whole station (connector 0 only); a TxProfile belongs to a running transaction on
/// a connector (1.6 §5.16.4 "It is not possible to set a ChargingProfile with purpose set to TxProfile without presence
/// of an active transaction"; 2.0.1 K01.FR.03 and K01.FR.16); ChargingStationExternalConstraints is never the CSMS's to
/// set (K01.FR.22).
/// </summary>
internal sealed class SetChargingProfileCommandValidator : AbstractValidator<SetChargingProfileCommand>
{
    public SetChargingProfileCommandValidator()
    {
        RuleFor(c => c.ConnectorId).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(c => c.ChargingProfile).NotNull().SetValidator(new ChargingProfileValidator()!);
        When(c => c.ChargingProfile is not null, () =>
        {
            RuleFor(c => c.ConnectorId).Equal(0).When(c => c.ChargingProfile!.Purpose == ChargingProfilePurpose.ChargePointMaxProfile)
                .WithMessage("A ChargePointMaxProfile limits the whole station: connectorId 0.");
            RuleFor(c => c.ConnectorId).GreaterThan(0).When(c => c.ChargingProfile!.Purpose == ChargingProfilePurpose.TxProfile)
                .WithMessage("A TxProfile goes on the connector of its transaction, greater than 0.");
            RuleFor(c => c.ChargingProfile!.TransactionId).NotNull().When(c => c.ChargingProfile!.Purpose == ChargingProfilePurpose.TxProfile)
                .WithMessage("A TxProfile names the running transaction it limits.").OverridePropertyName("chargingProfile.transactionId");
            RuleFor(c => c.ChargingProfile!.Purpose).NotEqual(ChargingProfilePurpose.ChargingStationExternalConstraints)
                .WithMessage("ChargingStationExternalConstraints are set by an external system, never by the CSMS.").OverridePropertyName("chargingProfile.purpose");
        });
    }
}

/// <summary>
/// <c>POST …/commands/clear-charging-profile</c>: an id alone, or any of the criteria (OCPP 1.6 §6.13, 2.0.1 K10.FR.02);
/// never ChargingStationExternalConstraints (K10.FR.06).
/// </summary>
internal sealed class ChargingProfileCriteriaValidator : AbstractValidator<ChargingProfileCriteria>
{
    public ChargingProfileCriteriaValidator()
    {
        RuleFor(c => c.Id).Null().When(c => c.ConnectorId is not null || c.ChargingProfilePurpose is not null || c.StackLevel is not null)
            .WithMessage("An id clears that one profile: leave out connectorId, chargingProfilePurpose and stackLevel.");
        RuleFor(c => c.ConnectorId).GreaterThanOrEqualTo(0);
        RuleFor(c => c.StackLevel).GreaterThanOrEqualTo(0);
        RuleFor(c => c.ChargingProfilePurpose).NotEqual(ChargingProfilePurpose.ChargingStationExternalConstraints)
            .WithMessage("ChargingStationExternalConstraints are cleared by the external system that set them, never by the CSMS.");
    }
}

internal sealed class GetCompositeScheduleCommandValidator : AbstractValidator<GetCompositeScheduleCommand>
{
    public GetCompositeScheduleCommandValidator()
    {
        RuleFor(c => c.ConnectorId).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(c => c.Duration).NotNull().GreaterThan(0);
    }
}

internal sealed class ChargingProfilesQueryValidator : AbstractValidator<ChargingProfilesQuery>
{
    public ChargingProfilesQueryValidator() => RuleFor(q => q.ConnectorId).GreaterThanOrEqualTo(0);
}
