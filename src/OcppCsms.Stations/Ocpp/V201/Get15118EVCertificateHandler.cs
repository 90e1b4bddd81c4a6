using Microsoft.Extensions.Logging;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Stations.Certificates;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 M01/M02 Get15118EVCertificate: the EV's certificate installation or update request, answered by the
/// <see cref="IIso15118CertificateService"/>; a failure is a Failed with its reason in statusInfo (and an empty
/// exiResponse, which the schema requires), logged at Warning.
/// </summary>
internal sealed class Get15118EVCertificateHandler(IIso15118CertificateService service, ILogger<Get15118EVCertificateHandler> logger)
    : OcppCallHandler<Get15118EVCertificateRequest, Get15118EVCertificateResponse>(
        V201JsonContext.Default.Get15118EVCertificateRequest, V201JsonContext.Default.Get15118EVCertificateResponse)
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "Get15118EVCertificate";

    protected override async ValueTask<Get15118EVCertificateResponse> HandleAsync(
        OcppCall call, Get15118EVCertificateRequest request, CancellationToken cancellationToken)
    {
        var result = await service.GetEvCertificateAsync(
            new EvCertificateRequest(call.StationId, request.Iso15118SchemaVersion, request.Action == CertificateActionEnumType.Update, request.ExiRequest),
            cancellationToken);
        if (result.Response is { } exiResponse)
        {
            return new Get15118EVCertificateResponse { Status = Iso15118EVCertificateStatusEnumType.Accepted, ExiResponse = exiResponse };
        }

        Iso15118Failures.Log(logger, Action, call.StationId, result.Failure);
        return new Get15118EVCertificateResponse
        {
            Status = Iso15118EVCertificateStatusEnumType.Failed,
            ExiResponse = string.Empty,
            StatusInfo = Iso15118Failures.StatusInfo(result),
        };
    }
}
