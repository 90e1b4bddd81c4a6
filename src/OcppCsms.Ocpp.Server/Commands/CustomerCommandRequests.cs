using FluentValidation;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>
/// <c>POST …/commands/customer-information</c> (N09, N10): report and/or clear one customer's data; the CSMS allocates
/// the requestId and answers with it.
/// </summary>
internal sealed record CustomerInformationCommand(
    bool? Report, bool? Clear, string? CustomerIdentifier, CustomerIdTokenBody? IdToken, CustomerCertificateBody? CustomerCertificate)
{
    public CustomerInformationQuery ToRequest() => new(
        Report!.Value, Clear!.Value, CustomerIdentifier,
        IdToken is { } token ? new CustomerIdToken(token.IdToken!, token.Type!.Value) : null,
        CustomerCertificate is { } c ? new CertificateHashData(c.HashAlgorithm!.Value, c.IssuerNameHash!, c.IssuerKeyHash!, c.SerialNumber!) : null);
}

/// <summary>2.0.1 IdTokenType.</summary>
internal sealed record CustomerIdTokenBody(string? IdToken, IdTokenKind? Type);

/// <summary>2.0.1 CertificateHashDataType: hex hashes of the issuer's name and key, and the serial number in hex.</summary>
internal sealed record CustomerCertificateBody(CertificateHashAlgorithm? HashAlgorithm, string? IssuerNameHash, string? IssuerKeyHash, string? SerialNumber);

internal sealed class CustomerInformationCommandValidator : AbstractValidator<CustomerInformationCommand>
{
    public CustomerInformationCommandValidator()
    {
        RuleFor(c => c.Report).NotNull();
        RuleFor(c => c.Clear).NotNull();
        // N09.FR.07: a request that neither reports nor clears does nothing; the station should reject it.
        RuleFor(c => c.Report).Must((c, report) => report == true || c.Clear == true)
            .WithMessage("'report' or 'clear' must be true.").When(c => c.Report is not null && c.Clear is not null);
        // N09.FR.04/09: exactly one way to name the customer, or the station answers Invalid.
        RuleFor(c => c.CustomerIdentifier)
            .Must((c, _) => new object?[] { c.CustomerIdentifier, c.IdToken, c.CustomerCertificate }.Count(x => x is not null) == 1)
            .WithMessage("Name the customer by exactly one of 'customerIdentifier', 'idToken' and 'customerCertificate'.");
        RuleFor(c => c.CustomerIdentifier).NotEmpty().When(c => c.CustomerIdentifier is not null);
        When(c => c.IdToken is not null, () =>
        {
            RuleFor(c => c.IdToken!.IdToken).NotEmpty().OverridePropertyName("idToken.idToken");
            RuleFor(c => c.IdToken!.Type).NotNull().OverridePropertyName("idToken.type");
        });
        When(c => c.CustomerCertificate is not null, () =>
        {
            RuleFor(c => c.CustomerCertificate!.HashAlgorithm).NotNull().OverridePropertyName("customerCertificate.hashAlgorithm");
            RuleFor(c => c.CustomerCertificate!.IssuerNameHash).NotEmpty().OverridePropertyName("customerCertificate.issuerNameHash");
            RuleFor(c => c.CustomerCertificate!.IssuerKeyHash).NotEmpty().OverridePropertyName("customerCertificate.issuerKeyHash");
            RuleFor(c => c.CustomerCertificate!.SerialNumber).NotEmpty().OverridePropertyName("customerCertificate.serialNumber");
        });
    }
}
