namespace OcppCsms.Stations.Certificates;

/// <summary>
/// The ISO 15118 certificate service when none is configured: every request fails with reasonCode
/// <see cref="ReasonCode"/>, so the station gets a clear Failed (M06.FR.04; the same for M01/M02) instead of a
/// CALLERROR, and the EV falls back to another means of authorization.
/// </summary>
internal sealed class NoIso15118CertificateService : IIso15118CertificateService
{
    /// <summary>Names the cause in the 20 characters statusInfo.reasonCode allows.</summary>
    public const string ReasonCode = "NoCertificateService";

    private static readonly Task<Iso15118CertificateResult> NotConfigured =
        Task.FromResult(Iso15118CertificateResult.Failed(ReasonCode, "No ISO 15118 certificate service is configured at this CSMS."));

    public Task<Iso15118CertificateResult> GetEvCertificateAsync(EvCertificateRequest request, CancellationToken cancellationToken) => NotConfigured;

    public Task<Iso15118CertificateResult> GetOcspStatusAsync(OcspStatusRequest request, CancellationToken cancellationToken) => NotConfigured;
}
