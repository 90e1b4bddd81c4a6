using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Stations.Certificates;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 A02/A03 SignCertificate: the CSR of the station's certificate or of its ISO 15118 (V2G) certificate,
/// checked and answered by <see cref="CertificateSigning"/>; the signed certificate follows as CertificateSigned with
/// the same certificateType.
/// </summary>
internal sealed class SignCertificateHandler(CertificateSigning signing)
    : OcppCallHandler<SignCertificateRequest, SignCertificateResponse>(V201JsonContext.Default.SignCertificateRequest, V201JsonContext.Default.SignCertificateResponse)
{
    public override OcppVersion Version => OcppVersion.V201;

    public override string Action => "SignCertificate";

    protected override async ValueTask<SignCertificateResponse> HandleAsync(OcppCall call, SignCertificateRequest request, CancellationToken cancellationToken)
    {
        var type = request.CertificateType is { } use ? Enum.Parse<SignedCertificateType>(use.ToString()) : (SignedCertificateType?)null;
        return new SignCertificateResponse
        {
            Status = await signing.RequestAsync(call.StationId, request.Csr, type, cancellationToken) ? GenericStatusEnumType.Accepted : GenericStatusEnumType.Rejected,
        };
    }
}
