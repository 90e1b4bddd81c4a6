using FluentValidation;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>
/// <c>POST …/commands/get-charging-profiles</c> (K09): which profiles to report; the CSMS allocates the requestId and
/// answers with it.
/// </summary>
internal sealed record GetChargingProfilesCommand(int? EvseId, ChargingProfileCriterionBody? ChargingProfile)
{
    public ChargingProfileReportQuery ToRequest() => new(
        EvseId, ChargingProfile?.ChargingProfilePurpose, ChargingProfile?.StackLevel, ChargingProfile?.ChargingProfileId, ChargingProfile?.ChargingLimitSource);
}

/// <summary>2.0.1 ChargingProfileCriterionType (the purposes by their neutral names, as everywhere in the API).</summary>
internal sealed record ChargingProfileCriterionBody(
    ChargingProfilePurpose? ChargingProfilePurpose, int? StackLevel, IReadOnlyList<int>? ChargingProfileId, IReadOnlyList<ChargingLimitSource>? ChargingLimitSource);

internal sealed class GetChargingProfilesCommandValidator : AbstractValidator<GetChargingProfilesCommand>
{
    public GetChargingProfilesCommandValidator()
    {
        // 0 is the grid connection (K09), so EVSE ids from 0 here.
        RuleFor(c => c.EvseId).GreaterThanOrEqualTo(0);
        RuleFor(c => c.ChargingProfile).NotNull();
        When(c => c.ChargingProfile is not null, () =>
        {
            RuleFor(c => c.ChargingProfile!.StackLevel).GreaterThanOrEqualTo(0).OverridePropertyName("chargingProfile.stackLevel");
            RuleFor(c => c.ChargingProfile!.ChargingProfileId).Must(ids => ids is null || ids.Count > 0)
                .WithMessage("'chargingProfile.chargingProfileId' must not be empty; leave it out to report all.").OverridePropertyName("chargingProfile.chargingProfileId");
            RuleFor(c => c.ChargingProfile!.ChargingLimitSource).Must(sources => sources is null || sources.Count is >= 1 and <= 4)
                .WithMessage("'chargingProfile.chargingLimitSource' must name one to four sources, or be left out.").OverridePropertyName("chargingProfile.chargingLimitSource");
        });
    }
}
