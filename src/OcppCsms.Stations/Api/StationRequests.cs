using FluentValidation;
using OcppCsms.Stations.Authentication;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.Api;

/// <param name="Id">The station's OCPP identity, as in its connection URL.</param>
/// <param name="SecurityProfile">0 (none, labs only) to 3. Nullable only so that a missing profile is refused rather than taken as 0.</param>
/// <param name="Password">Profiles 1 and 2: the Basic password. Absent: one is generated and returned once.</param>
/// <param name="CertificateCommonName">Profile 3: the CN its client certificate carries. Absent: the identity.</param>
/// <param name="Description">The operator's words for it (where it stands, who owns it).</param>
internal sealed record RegisterStationRequest(string Id, int? SecurityProfile, string? Password, string? CertificateCommonName, string? Description = null);

/// <summary>
/// Each field is optional; what is given changes, an absent (or null) one stays. An empty <c>certificateCommonName</c>
/// goes back to the identity, an empty <c>description</c> removes it.
/// </summary>
internal sealed record UpdateStationRequest(int? SecurityProfile, string? CertificateCommonName, string? Description = null);

/// <param name="Password">The new password; absent: one is generated and returned once.</param>
internal sealed record SetStationPasswordRequest(string? Password);

internal sealed class StationFilter
{
    public RegistrationStatus? RegistrationStatus { get; set; }

    /// <summary>Only stations with (true) or without (false) an open connection to this node.</summary>
    public bool? Connected { get; set; }
}

/// <summary>Narrows a station's status history to one EVSE and/or connector.</summary>
internal sealed class StatusHistoryFilter
{
    public int? EvseId { get; set; }

    public int? ConnectorId { get; set; }
}

/// <summary>The field rules every request shares.</summary>
internal static class StationRules
{
    public static IRuleBuilderOptions<T, string> StationId<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(Station.IdMaxLength)
            // OCPP 2.0.1 part 4 §3.1.1: the identity is the Basic user name, and ':' separates user name and password.
            .Must(id => !id.Contains(':', StringComparison.Ordinal)).WithMessage("A station identity contains no ':'.");

    public static IRuleBuilderOptions<T, int?> Profile<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(SecurityProfiles.None, SecurityProfiles.TlsClientCertificate);

    public static IRuleBuilderOptions<T, string?> Password<T>(this IRuleBuilder<T, string?> rule) =>
        // OCPP 2.0.1 part 2 A00.FR.205/304: 16 to 40 characters.
        rule.Length(StationPassword.MinLength, StationPassword.MaxLength)
            .Must(password => password is null || StationPassword.IsAllowed(password))
            .WithMessage("A station password holds printable ASCII characters only, without spaces.");

    public static IRuleBuilderOptions<T, string?> Description<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Station.DescriptionMaxLength);

    public static IRuleBuilderOptions<T, string?> CommonName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Station.CommonNameMaxLength)
            .Must(name => name is null || name.Length == 0 || !string.IsNullOrWhiteSpace(name)).WithMessage("'certificateCommonName' must not be blank.");
}

internal sealed class RegisterStationRequestValidator : AbstractValidator<RegisterStationRequest>
{
    public RegisterStationRequestValidator()
    {
        RuleFor(r => r.Id).StationId();
        RuleFor(r => r.SecurityProfile).NotNull().Profile();
        RuleFor(r => r.Password).Password()
            .Must((request, _) => SecurityProfiles.UsesPassword(request.SecurityProfile ?? -1))
            .WithMessage("Only security profiles 1 and 2 use a password.")
            .When(r => r.Password is not null);
        RuleFor(r => r.CertificateCommonName).NotEmpty().CommonName().When(r => r.CertificateCommonName is not null);
        RuleFor(r => r.Description).Description();
    }
}

internal sealed class UpdateStationRequestValidator : AbstractValidator<UpdateStationRequest>
{
    public UpdateStationRequestValidator()
    {
        RuleFor(r => r.SecurityProfile).Profile();
        RuleFor(r => r.CertificateCommonName).CommonName();
        RuleFor(r => r.Description).Description();
        RuleFor(r => r).Must(r => r.SecurityProfile is not null || r.CertificateCommonName is not null || r.Description is not null).WithName("body")
            .WithMessage("Give at least one of securityProfile, certificateCommonName and description.");
    }
}

internal sealed class SetStationPasswordRequestValidator : AbstractValidator<SetStationPasswordRequest>
{
    public SetStationPasswordRequestValidator() => RuleFor(r => r.Password).Password();
}

internal sealed class StationFilterValidator : AbstractValidator<StationFilter>
{
    public StationFilterValidator() => RuleFor(f => f.RegistrationStatus).IsInEnum();
}

internal sealed class StatusHistoryFilterValidator : AbstractValidator<StatusHistoryFilter>
{
    public StatusHistoryFilterValidator()
    {
        RuleFor(f => f.EvseId).GreaterThanOrEqualTo(0);
        RuleFor(f => f.ConnectorId).GreaterThanOrEqualTo(0);
    }
}
