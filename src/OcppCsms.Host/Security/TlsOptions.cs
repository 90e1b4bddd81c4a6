namespace OcppCsms.Host.Security;

/// <summary>
/// The <c>Tls</c> section: the certificate of every <c>https://</c> endpoint (the operator API and <c>wss://</c> for
/// stations alike) and the CA that station client certificates (security profile 3) must chain to. Where Kestrel
/// listens stays with <c>--urls</c>, <c>ASPNETCORE_URLS</c> or <c>Kestrel:Endpoints</c>.
/// </summary>
internal sealed class TlsOptions
{
    public const string SectionName = "Tls";

    /// <summary>
    /// The server certificate: a PKCS#12 file (.pfx/.p12) with its key, or a PEM certificate (its key in
    /// <see cref="CertificateKeyPath"/>, or in the same file).
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PKCS#12 file's password, or the password of an encrypted PEM key. A secret: an environment variable.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The PEM private key of a PEM <see cref="CertificatePath"/>.</summary>
    public string? CertificateKeyPath { get; set; }

    /// <summary>
    /// PEM (one or more certificates) or DER: the CA station client certificates must chain to. Set, it enables security
    /// profile 3: TLS handshakes ask for a client certificate and refuse one that does not chain to this CA.
    /// </summary>
    public string? ClientCaCertificatePath { get; set; }

    public bool HasServerCertificate => !string.IsNullOrWhiteSpace(CertificatePath);

    public bool HasClientCa => !string.IsNullOrWhiteSpace(ClientCaCertificatePath);
}
