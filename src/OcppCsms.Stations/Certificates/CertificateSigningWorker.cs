using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Stations.Certificates;

/// <summary>
/// Signs accepted CSRs one after the other, off the station's message path, and sends each signed chain to its station
/// with CertificateSigned through the command gateway (whitepaper A02/A03 steps 5–8). What goes wrong here can no
/// longer reach the station, so it is logged at Error for an operator to investigate and re-run (A02 "Error handling").
/// </summary>
internal sealed partial class CertificateSigningWorker(ICertificateSigner signer, IStationCommands commands, ILogger<CertificateSigningWorker> logger)
    : BackgroundService
{
    /// <summary>A station that floods SignCertificate gets Rejected beyond this, rather than memory growing.</summary>
    private const int MaxWaiting = 256;

    private readonly Channel<CertificateSigningRequest> _waiting = Channel.CreateBounded<CertificateSigningRequest>(
        new BoundedChannelOptions(MaxWaiting) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public bool TryEnqueue(CertificateSigningRequest request) => _waiting.Writer.TryWrite(request);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var request in _waiting.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SignAndSendAsync(request, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, e, request.StationId);
            }
        }
    }

    private async Task SignAndSendAsync(CertificateSigningRequest request, CancellationToken cancellationToken)
    {
        var signed = await signer.SignAsync(request, cancellationToken);
        if (signed.CertificateChainPem is not { } chain)
        {
            LogNotSigned(logger, request.StationId, signed.Failure ?? "no reason given");
            return;
        }

        var result = await commands.CertificateSignedAsync(request.StationId, chain, request.Type, cancellationToken);
        if (result is { Outcome: CommandOutcome.Answered, Status: "Accepted" })
        {
            LogInstalled(logger, request.StationId);
        }
        else
        {
            LogNotInstalled(logger, request.StationId, result.Outcome, result.Status, result.ErrorDescription);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Station {StationId} accepted its signed certificate (CertificateSigned)")]
    private static partial void LogInstalled(ILogger logger, string stationId);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Station {StationId} did not take its signed certificate: CertificateSigned {Outcome} {Status} {Description}; the station keeps its old one until SignCertificate is run again")]
    private static partial void LogNotInstalled(ILogger logger, string stationId, CommandOutcome outcome, string? status, string? description);

    [LoggerMessage(Level = LogLevel.Error, Message = "The CSR station {StationId} sent was accepted but not signed: {Reason}")]
    private static partial void LogNotSigned(ILogger logger, string stationId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Signing the CSR of station {StationId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string stationId);
}
