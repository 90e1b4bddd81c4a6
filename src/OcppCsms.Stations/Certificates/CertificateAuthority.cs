using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Stations.Certificates;

/// <summary>
/// The CA of <c>Ocpp:CertificateAuthority</c>, read from its files: the certificate with its private key, and the
/// sub-CA certificates above it that go along with every certificate it signs. Reading fails with a
/// <see cref="StartupException"/> that names the key to fix.
/// </summary>
internal sealed class CertificateAuthority : IDisposable
{
    private CertificateAuthority(X509Certificate2 certificate, IReadOnlyList<X509Certificate2> chain)
    {
        Certificate = certificate;
        Chain = chain;
    }

    /// <summary>The CA certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The other certificates of the file that are not self-signed (a station trusts its root already: it was installed as its CSMS root certificate).</summary>
    public IReadOnlyList<X509Certificate2> Chain { get; }

    public static CertificateAuthority Load(CertificateAuthorityOptions options, DateTimeOffset now)
    {
        const string certificateKey = $"{CertificateAuthorityOptions.SectionName}:CertificatePath";
        const string keyKey = $"{CertificateAuthorityOptions.SectionName}:KeyPath";
        var certificatePath = Required(certificateKey, options.CertificatePath, keyKey);
        var keyPath = Required(keyKey, options.KeyPath, certificateKey);

        X509Certificate2 certificate;
        var all = new X509Certificate2Collection();
        try
        {
            certificate = X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
            all.ImportFromPemFile(certificatePath);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            // .NET says which: no certificate, no key, an encrypted key, or a key that is not the certificate's.
            throw new StartupException(
                $"{certificateKey} ('{certificatePath}') and {keyKey} ('{keyPath}') are not a PEM certificate and its unencrypted PEM private key: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"{certificateKey} ('{certificatePath}') and {keyKey} ('{keyPath}') cannot be read: {e.Message}", e);
        }

        if (Problem(certificate, now) is { } problem)
        {
            certificate.Dispose();
            throw new StartupException($"{certificateKey} ('{certificatePath}') {problem}");
        }

        var chain = all.Skip(1).Where(c => !c.SubjectName.RawData.AsSpan().SequenceEqual(c.IssuerName.RawData)).ToList();
        return new CertificateAuthority(certificate, chain);
    }

    public void Dispose()
    {
        Certificate.Dispose();
        foreach (var certificate in Chain)
        {
            certificate.Dispose();
        }
    }

    /// <summary>What makes a certificate unfit to sign station certificates, or null.</summary>
    private static string? Problem(X509Certificate2 certificate, DateTimeOffset now)
    {
        if (certificate.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault() is not { CertificateAuthority: true })
        {
            return "is not a CA certificate (its basic constraints do not say CA:TRUE).";
        }

        if (certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault() is { } usage && !usage.KeyUsages.HasFlag(X509KeyUsageFlags.KeyCertSign))
        {
            return "may not sign certificates (its key usage lacks keyCertSign).";
        }

        if (certificate.GetRSAPublicKey() is null && certificate.GetECDsaPublicKey() is null)
        {
            return "has neither an RSA nor an ECDSA key (whitepaper A00.FR.505).";
        }

        return certificate.NotAfter.ToUniversalTime() <= now.UtcDateTime
            ? $"expired on {certificate.NotAfter.ToUniversalTime():u}."
            : null;
    }

    private static string Required(string key, string? path, string otherKey)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new StartupException($"{key} is required with {otherKey}.");
        }

        return File.Exists(path) ? path : throw new StartupException($"{key} names '{path}', which does not exist (or is not a readable file).");
    }
}
