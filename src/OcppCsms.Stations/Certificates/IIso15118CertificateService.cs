namespace OcppCsms.Stations.Certificates;

/// <summary>
/// Answers what 2.0.1 stations ask on behalf of ISO 15118 EVs (Plug and Charge): an EV contract certificate to install
/// or update (M01/M02 Get15118EVCertificate) and the OCSP status of a certificate (M06 GetCertificateStatus). Both need
/// a Mobility Operator / V2G PKI this CSMS does not run: the host registers <see cref="NoIso15118CertificateService"/>,
/// which fails both; registering another singleton after <c>AddStations()</c> replaces it.
/// </summary>
public interface IIso15118CertificateService
{
    /// <summary>The EXI CertificateInstallationRes / CertificateUpdateRes for the EV, Base64, or why there is none.</summary>
    Task<Iso15118CertificateResult> GetEvCertificateAsync(EvCertificateRequest request, CancellationToken cancellationToken);

    /// <summary>The DER-encoded OCSPResponse (RFC 6960), Base64, or why there is none.</summary>
    Task<Iso15118CertificateResult> GetOcspStatusAsync(OcspStatusRequest request, CancellationToken cancellationToken);
}

/// <param name="Update">True for a CertificateUpdateReq, false for a CertificateInstallationReq.</param>
/// <param name="ExiRequest">The EV's raw request, Base64 EXI, as the station forwarded it.</param>
public sealed record EvCertificateRequest(string StationId, string Iso15118SchemaVersion, bool Update, string ExiRequest);

/// <summary>The OCSP request data of the certificate asked about (2.0.1 OCSPRequestDataType), hashes and serial in hex.</summary>
public sealed record OcspStatusRequest(
    string StationId, string HashAlgorithm, string IssuerNameHash, string IssuerKeyHash, string SerialNumber, string ResponderUrl);

/// <param name="Response">What the station passes on: Base64 EXI or OCSP response; null when failed.</param>
/// <param name="ReasonCode">Why it failed, as 2.0.1 statusInfo.reasonCode (at most 20 characters).</param>
/// <param name="Failure">Why it failed, in words, for statusInfo.additionalInfo (at most 512 characters) and the log.</param>
public sealed record Iso15118CertificateResult(string? Response, string? ReasonCode, string? Failure)
{
    public static Iso15118CertificateResult Accepted(string response) => new(response, null, null);

    public static Iso15118CertificateResult Failed(string reasonCode, string failure) => new(null, reasonCode, failure);
}
