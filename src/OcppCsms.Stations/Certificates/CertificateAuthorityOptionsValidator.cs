using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Stations.Certificates;

/// <summary>
/// Opens the CA files at start, so that a wrong path, a key that is not the certificate's or a certificate that is no CA
/// stops the start with the key to fix, instead of the first station's SignCertificate failing.
/// </summary>
internal sealed class CertificateAuthorityOptionsValidator(TimeProvider clock) : IValidateOptions<CertificateAuthorityOptions>
{
    public ValidateOptionsResult Validate(string? name, CertificateAuthorityOptions options)
    {
        var failures = new List<string>();
        failures.AddUnlessBetween($"{CertificateAuthorityOptions.SectionName}:ValidityDays", options.ValidityDays, 1, 3650);
        if (options.OrganizationName is { Length: > CsrCheck.OrganizationNameMaxLength })
        {
            failures.Add($"{CertificateAuthorityOptions.SectionName}:OrganizationName is longer than {CsrCheck.OrganizationNameMaxLength} characters (X.520 ub-organization-name).");
        }

        if (options.IsConfigured)
        {
            try
            {
                CertificateAuthority.Load(options, clock.GetUtcNow()).Dispose();
            }
            catch (StartupException e)
            {
                failures.Add(e.Message);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
