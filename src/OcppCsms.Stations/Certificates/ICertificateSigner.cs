using System.Security.Cryptography.X509Certificates;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Stations.Certificates;

/// <summary>
/// Signs the certificate signing requests stations send with SignCertificate (OCPP 1.6 security whitepaper A02/A03,
/// OCPP 2.0.1 A02/A03). The whitepaper (A02.FR.04) wants a dedicated certificate authority rather than the CSMS itself:
/// this is where one plugs in. The host registers the file-based development CA of <c>Ocpp:CertificateAuthority</c>;
/// registering another <see cref="ICertificateSigner"/> singleton after <c>AddStations()</c> replaces it.
/// </summary>
public interface ICertificateSigner
{
    /// <summary>Whether requests can be taken now. When not, SignCertificate is answered Rejected (A02.FR.12).</summary>
    bool IsAvailable { get; }

    /// <summary>
    /// Signs a request the CSMS has checked and accepted. Runs after the station was answered: a failure cannot reach
    /// the station any more, so it is logged for an operator (A02 "Error handling").
    /// </summary>
    Task<CertificateSigningResult> SignAsync(CertificateSigningRequest request, CancellationToken cancellationToken);
}

/// <param name="CsrPem">The CSR exactly as the station sent it, for a CA that takes PKCS#10 itself.</param>
/// <param name="Request">The CSR as read and verified (its signature, subject and key checked), ready to be signed.</param>
/// <param name="Type">2.0.1's certificateType: null for the station's certificate in 1.6 or for both uses in 2.0.1.</param>
public sealed record CertificateSigningRequest(string StationId, string CsrPem, CertificateRequest Request, SignedCertificateType? Type);

/// <param name="CertificateChainPem">The signed certificate, then its issuing sub-CA certificates, PEM; null when not signed.</param>
/// <param name="Failure">Why it was not signed, for the operator's log.</param>
public sealed record CertificateSigningResult(string? CertificateChainPem, string? Failure)
{
    public static CertificateSigningResult Signed(string certificateChainPem) => new(certificateChainPem, null);

    public static CertificateSigningResult Failed(string failure) => new(null, failure);
}
