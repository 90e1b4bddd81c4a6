using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FluentValidation;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Stations.Certificates;

/// <summary><c>POST …/commands/install-certificate</c>: a root certificate (PEM) and its type.</summary>
internal sealed record InstallCertificateCommand(CertificateType? CertificateType, string Certificate);

/// <summary><c>POST …/commands/get-installed-certificate-ids</c>: one type; absent asks a 2.0.1 station for all (1.6 needs one).</summary>
internal sealed record GetInstalledCertificateIdsCommand(CertificateType? CertificateType);

/// <summary><c>POST …/commands/delete-certificate</c>: the certificate as GetInstalledCertificateIds reported it.</summary>
internal sealed record DeleteCertificateCommand(CertificateHashDataBody? CertificateHashData);

/// <param name="IssuerNameHash">Hex hash of the issuer's DER distinguished name.</param>
/// <param name="IssuerKeyHash">Hex hash of the issuer's DER public key.</param>
/// <param name="SerialNumber">The serial number in hex, without 0x or leading zeroes.</param>
internal sealed record CertificateHashDataBody(CertificateHashAlgorithm? HashAlgorithm, string IssuerNameHash, string IssuerKeyHash, string SerialNumber)
{
    public CertificateHashData ToContract() => new(HashAlgorithm!.Value, IssuerNameHash, IssuerKeyHash, SerialNumber);
}

/// <summary><c>POST …/commands/certificate-signed</c>: a signed chain (PEM, leaf first); the type only for 2.0.1 stations.</summary>
internal sealed record CertificateSignedCommand(string CertificateChain, SignedCertificateType? CertificateType);

/// <summary>The rules the certificate commands share; lengths are the schemas' (whitepaper §5, 2.0.1 part 2 §1).</summary>
internal static class CertificateRules
{
    public static IRuleBuilderOptions<T, string> Pem<T>(this IRuleBuilder<T, string> rule, int maxLength, bool single) =>
        rule.NotEmpty().MaximumLength(maxLength)
            .Must(pem => CountCertificates(pem) is var count && (single ? count == 1 : count >= 1))
            .WithMessage(single ? "'{PropertyName}' must be one PEM certificate." : "'{PropertyName}' must be PEM certificates, the signed one first.");

    public static IRuleBuilderOptions<T, string> Hex<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotEmpty().MaximumLength(maxLength).Must(text => text is null || text.All(char.IsAsciiHexDigit)).WithMessage("'{PropertyName}' must be hexadecimal.");

    private static int CountCertificates(string? pem)
    {
        if (string.IsNullOrEmpty(pem))
        {
            return 0;
        }

        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPem(pem);
            return certificates.Count;
        }
        catch (CryptographicException)
        {
            return 0;
        }
        finally
        {
            foreach (var certificate in certificates)
            {
                certificate.Dispose();
            }
        }
    }
}

internal sealed class InstallCertificateCommandValidator : AbstractValidator<InstallCertificateCommand>
{
    public InstallCertificateCommandValidator()
    {
        RuleFor(c => c.CertificateType).NotNull().IsInEnum();
        RuleFor(c => c.Certificate).Pem(5500, single: true);
    }
}

internal sealed class GetInstalledCertificateIdsCommandValidator : AbstractValidator<GetInstalledCertificateIdsCommand>
{
    public GetInstalledCertificateIdsCommandValidator() => RuleFor(c => c.CertificateType).IsInEnum();
}

internal sealed class DeleteCertificateCommandValidator : AbstractValidator<DeleteCertificateCommand>
{
    public DeleteCertificateCommandValidator()
    {
        RuleFor(c => c.CertificateHashData).NotNull();
        When(c => c.CertificateHashData is not null, () =>
        {
            // Named as the JSON path, as the other 400s name their fields.
            RuleFor(c => c.CertificateHashData!.HashAlgorithm).NotNull().IsInEnum().OverridePropertyName("certificateHashData.hashAlgorithm");
            RuleFor(c => c.CertificateHashData!.IssuerNameHash).Hex(128).OverridePropertyName("certificateHashData.issuerNameHash");
            RuleFor(c => c.CertificateHashData!.IssuerKeyHash).Hex(128).OverridePropertyName("certificateHashData.issuerKeyHash");
            RuleFor(c => c.CertificateHashData!.SerialNumber).Hex(40).OverridePropertyName("certificateHashData.serialNumber");
        });
    }
}

internal sealed class CertificateSignedCommandValidator : AbstractValidator<CertificateSignedCommand>
{
    public CertificateSignedCommandValidator()
    {
        RuleFor(c => c.CertificateChain).Pem(10000, single: false);
        RuleFor(c => c.CertificateType).IsInEnum();
    }
}
