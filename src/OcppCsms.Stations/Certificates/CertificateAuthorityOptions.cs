namespace OcppCsms.Stations.Certificates;

/// <summary>
/// The <c>Ocpp:CertificateAuthority</c> section: a CA certificate and its key in PEM files, with which the CSMS signs
/// the station certificates stations ask for (SignCertificate). For development and labs: the whitepaper wants a
/// dedicated CA in production (A02.FR.04), which plugs in as an <see cref="ICertificateSigner"/>. Unset, SignCertificate
/// is answered Rejected.
/// </summary>
internal sealed class CertificateAuthorityOptions
{
    public const string SectionName = "Ocpp:CertificateAuthority";

    /// <summary>The CA certificate (PEM); further certificates in the file are its chain, sent along with each signed certificate.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The CA's private key (PEM, unencrypted PKCS#8, PKCS#1 or SEC1; RSA or ECDSA).</summary>
    public string? KeyPath { get; set; }

    /// <summary>How long a signed certificate is valid; never beyond the CA's own validity.</summary>
    public int ValidityDays { get; set; } = 365;

    /// <summary>
    /// The CPO name a CSR's O (organizationName) must carry (whitepaper A02.FR.13: the station's <c>CpoName</c>). Unset:
    /// any non-empty O.
    /// </summary>
    public string? OrganizationName { get; set; }

    /// <summary>The O a CSR must carry, or null for any; an empty setting is unset.</summary>
    public string? ExpectedOrganization => string.IsNullOrWhiteSpace(OrganizationName) ? null : OrganizationName;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(CertificatePath) || !string.IsNullOrWhiteSpace(KeyPath);
}
