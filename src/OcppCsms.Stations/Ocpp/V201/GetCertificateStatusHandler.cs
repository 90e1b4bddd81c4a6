using Microsoft.Extensions.Logging;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Stations.Certificates;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 M06 GetCertificateStatus: the OCSP status of a certificate, answered by the
/// <see cref="IIso15118CertificateService"/> (M06.FR.01–04): Accepted with the ocspResult, or Failed with its reason in
/// statusInfo, logged at Warning.
/// </summary>
internal sealed class GetCertificateStatusHandler(IIso15118CertificateService service, ILogger<GetCertificateStatusHandler> logger)
    : OcppCallHandler<GetCertificateStatusRequest, GetCertificateStatusResponse>(
        V201JsonContext.Default.GetCertificateStatusRequest, V201JsonContext.Default.GetCertificateStatusResponse)
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "GetCertificateStatus";

    protected override async ValueTask<GetCertificateStatusResponse> HandleAsync(
        OcppCall call, GetCertificateStatusRequest request, CancellationToken cancellationToken)
    {
        var data = request.OcspRequestData;
        var result = await service.GetOcspStatusAsync(
            new OcspStatusRequest(call.StationId, data.HashAlgorithm.ToString(), data.IssuerNameHash, data.IssuerKeyHash, data.SerialNumber, data.ResponderURL),
            cancellationToken);
        if (result.Response is { } ocspResult)
        {
            return new GetCertificateStatusResponse { Status = GetCertificateStatusEnumType.Accepted, OcspResult = ocspResult };
        }

        Iso15118Failures.Log(logger, Action, call.StationId, result.Failure);
        return new GetCertificateStatusResponse { Status = GetCertificateStatusEnumType.Failed, StatusInfo = Iso15118Failures.StatusInfo(result) };
    }
}
