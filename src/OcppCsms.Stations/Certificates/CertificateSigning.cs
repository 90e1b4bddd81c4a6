using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.Certificates;

/// <summary>
/// A station's SignCertificate, whatever its version: Accepted when a signer is available and the CSR passes
/// <see cref="CsrCheck"/> (A02.FR.11), Rejected otherwise (A02.FR.12), and logged either way. An accepted CSR is
/// signed and sent back as CertificateSigned by <see cref="CertificateSigningWorker"/>, after the answer.
/// </summary>
internal sealed partial class CertificateSigning(
    ICertificateSigner signer, StationRegistry registry, CertificateSigningWorker worker, IOptions<CertificateAuthorityOptions> options,
    ILogger<CertificateSigning> logger)
{
    /// <returns>Whether the request is accepted.</returns>
    public async Task<bool> RequestAsync(string stationId, string csrPem, SignedCertificateType? type, CancellationToken cancellationToken)
    {
        if (!signer.IsAvailable)
        {
            LogNoSigner(logger, stationId);
            return false;
        }

        var station = await registry.FindAsync(stationId, cancellationToken);
        var verdict = CsrCheck.Inspect(csrPem, type, station?.ExpectedCommonName, options.Value.ExpectedOrganization);
        if (verdict.Request is not { } request)
        {
            LogRefused(logger, stationId, verdict.Failure!);
            return false;
        }

        if (!worker.TryEnqueue(new CertificateSigningRequest(stationId, csrPem, request, type)))
        {
            LogBusy(logger, stationId);
            return false;
        }

        LogAccepted(logger, stationId, request.SubjectName.Name);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Station {StationId} asked for a certificate (SignCertificate), answered Rejected: no certificate authority is configured (set Ocpp:CertificateAuthority:CertificatePath and KeyPath, or register an ICertificateSigner)")]
    private static partial void LogNoSigner(ILogger logger, string stationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Station {StationId} sent a CSR that was refused, answered Rejected: {Reason}")]
    private static partial void LogRefused(ILogger logger, string stationId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Station {StationId} sent a CSR while too many wait for signing, answered Rejected")]
    private static partial void LogBusy(ILogger logger, string stationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Station {StationId} sent a CSR for '{Subject}', answered Accepted; signing")]
    private static partial void LogAccepted(ILogger logger, string stationId, string subject);
}
