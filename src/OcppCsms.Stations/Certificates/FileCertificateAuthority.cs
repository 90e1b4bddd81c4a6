using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.Options;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Stations.Certificates;

/// <summary>
/// The development CA of <c>Ocpp:CertificateAuthority</c>: signs a checked CSR with the CA key from the files, as the
/// whitepaper's certificate properties ask (A00.FR.501–512): SHA-256, a random positive serial number, the CSR's subject
/// and key, key usage restricted to signing, TLS client use for the station's certificate (server use for an ISO 15118
/// V2G one), and never valid beyond the CA itself.
/// </summary>
internal sealed class FileCertificateAuthority : ICertificateSigner, IDisposable
{
    /// <summary>Room for a station clock a little behind the CSMS's.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2");
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");

    private readonly IOptions<CertificateAuthorityOptions> _options;
    private readonly TimeProvider _clock;
    private readonly Lazy<CertificateAuthority> _authority;

    public FileCertificateAuthority(IOptions<CertificateAuthorityOptions> options, TimeProvider clock)
    {
        _options = options;
        _clock = clock;
        // Read once, when first needed: the start-up validation has opened the same files already.
        _authority = new Lazy<CertificateAuthority>(() => CertificateAuthority.Load(options.Value, clock.GetUtcNow()));
    }

    public bool IsAvailable => _options.Value.IsConfigured;

    public Task<CertificateSigningResult> SignAsync(CertificateSigningRequest request, CancellationToken cancellationToken)
    {
        var authority = _authority.Value;
        var ca = authority.Certificate;
        var now = _clock.GetUtcNow();
        var notBefore = Later(now - ClockSkew, ca.NotBefore);
        var notAfter = Earlier(now.AddDays(_options.Value.ValidityDays), ca.NotAfter);
        if (notAfter <= now)
        {
            return Task.FromResult(CertificateSigningResult.Failed($"the CA certificate expired on {ca.NotAfter.ToUniversalTime():u}"));
        }

        var csr = request.Request;
        csr.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        csr.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        csr.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            request.Type switch
            {
                SignedCertificateType.V2GCertificate => [ServerAuthentication],
                SignedCertificateType.ChargingStationCertificate => [ClientAuthentication],
                _ => [ClientAuthentication, ServerAuthentication],
            },
            false));
        csr.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(csr.PublicKey, false));
        if (ca.Extensions.OfType<X509SubjectKeyIdentifierExtension>().Any())
        {
            csr.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        }

        using var signed = csr.Create(ca, notBefore, notAfter, SerialNumber());
        var chain = new StringBuilder(signed.ExportCertificatePem()).Append('\n');
        foreach (var certificate in authority.Chain)
        {
            chain.Append(certificate.ExportCertificatePem()).Append('\n');
        }

        return Task.FromResult(CertificateSigningResult.Signed(chain.ToString()));
    }

    public void Dispose()
    {
        if (_authority.IsValueCreated)
        {
            _authority.Value.Dispose();
        }
    }

    /// <summary>A00.FR.508: every certificate has a serial number; 16 random bytes, positive as DER demands.</summary>
    private static byte[] SerialNumber()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] = (byte)((serial[0] & 0x7F) | 0x01);
        return serial;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTime b) => a > new DateTimeOffset(b.ToUniversalTime()) ? a : new DateTimeOffset(b.ToUniversalTime());

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTime b) => a < new DateTimeOffset(b.ToUniversalTime()) ? a : new DateTimeOffset(b.ToUniversalTime());
}
