using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace OcppCsms.Host.Security;

/// <summary>
/// Security profile 3 in the TLS handshake: a station's client certificate must chain to the configured CA and to
/// nothing else (the machine's trust store plays no part), and be valid now (OCPP 2.0.1 part 2 A00.FR.403, 1.6 security
/// whitepaper A00.FR.403). One that does not ends the handshake (A00.FR.407), logged as a warning (A00.FR.408). Whether
/// the certificate is the connecting station's own (its CN) is for the upgrade check, which knows the station.
/// </summary>
internal sealed partial class ClientCertificateValidation(X509Certificate2Collection trustedCas, TimeProvider clock, ILogger<ClientCertificateValidation> logger)
{
    public bool Validate(X509Certificate2 certificate, X509Chain? presented, SslPolicyErrors errors)
    {
        using var chain = new X509Chain();
        var policy = chain.ChainPolicy;
        policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        policy.CustomTrustStore.AddRange(trustedCas);
        policy.ExtraStore.AddRange(trustedCas);
        if (presented is not null)
        {
            // Intermediates the station sent along; trust still has to end at the configured CA.
            policy.ExtraStore.AddRange(presented.ChainElements.Select(element => element.Certificate).ToArray());
        }

        // Revocation needs an online CA service (A00.FR.702, a SHOULD) that is not configured; no downloads mid-handshake.
        policy.RevocationMode = X509RevocationMode.NoCheck;
        policy.DisableCertificateDownloads = true;
        policy.VerificationTime = clock.GetUtcNow().UtcDateTime;
        if (chain.Build(certificate))
        {
            return true;
        }

        var reasons = string.Join(", ", chain.ChainStatus.Select(status => status.Status).Distinct());
        LogRefused(logger, certificate.Subject, certificate.Issuer, reasons);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a client certificate in the TLS handshake: subject '{Subject}', issuer '{Issuer}' ({Reasons})")]
    private static partial void LogRefused(ILogger logger, string subject, string issuer, string reasons);
}
