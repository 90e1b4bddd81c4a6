using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Host.Security;

/// <summary>Reads the <c>Tls</c> section's files; every failure is a <see cref="StartupException"/> naming the key to fix.</summary>
internal static class TlsCertificates
{
    public static X509Certificate2 LoadServerCertificate(TlsOptions options)
    {
        var path = options.CertificatePath!;
        var password = string.IsNullOrEmpty(options.CertificatePassword) ? null : options.CertificatePassword;
        var keyPath = string.IsNullOrWhiteSpace(options.CertificateKeyPath) ? null : options.CertificateKeyPath;
        RequireFile("Tls:CertificatePath", path);
        if (keyPath is not null)
        {
            RequireFile("Tls:CertificateKeyPath", keyPath);
        }

        X509Certificate2 certificate;
        try
        {
            certificate = keyPath is not null || IsPem(path)
                // With no key file the PEM key is looked for in the certificate's own file.
                ? password is null ? X509Certificate2.CreateFromPemFile(path, keyPath) : X509Certificate2.CreateFromEncryptedPemFile(path, password, keyPath)
                : X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (CryptographicException e)
        {
            throw new StartupException(keyPath is not null || IsPem(path)
                ? $"Tls:CertificatePath ('{path}') and Tls:CertificateKeyPath ('{keyPath ?? path}') do not give a certificate with its private key " +
                  $"(set Tls:CertificatePassword for an encrypted key): {e.Message}"
                : $"Tls:CertificatePath ('{path}') cannot be opened as PKCS#12 with the Tls:CertificatePassword given: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new StartupException($"Tls:CertificatePath ('{path}') cannot be read: {e.Message}", e);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new StartupException($"Tls:CertificatePath ('{path}') holds no private key: give a PKCS#12 file with its key, or the PEM key in Tls:CertificateKeyPath.");
        }

        return certificate;
    }

    /// <summary>The CA certificates (PEM, one or more; or one DER certificate) that station client certificates must chain to.</summary>
    public static X509Certificate2Collection LoadClientCa(TlsOptions options)
    {
        var path = options.ClientCaCertificatePath!;
        RequireFile("Tls:ClientCaCertificatePath", path);
        var certificates = new X509Certificate2Collection();
        try
        {
            if (IsPem(path))
            {
                certificates.ImportFromPemFile(path);
            }
            else
            {
                certificates.Add(X509CertificateLoader.LoadCertificateFromFile(path));
            }
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new StartupException($"Tls:ClientCaCertificatePath ('{path}') cannot be read as PEM or DER certificates: {e.Message}", e);
        }

        return certificates.Count > 0
            ? certificates
            : throw new StartupException($"Tls:ClientCaCertificatePath ('{path}') holds no certificate.");
    }

    private static void RequireFile(string key, string path)
    {
        if (!File.Exists(path))
        {
            throw new StartupException($"{key} names '{path}', which does not exist (or is not a readable file).");
        }
    }

    private static bool IsPem(string path)
    {
        try
        {
            return File.ReadAllBytes(path).AsSpan().IndexOf("-----BEGIN"u8) >= 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not readable: the loader that runs next reports it.
            return false;
        }
    }
}
