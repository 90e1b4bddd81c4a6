using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Stations.Certificates;

namespace OcppCsms.Stations.Ocpp.V16;

/// <summary>
/// OCPP 1.6 security whitepaper §5.17 SignCertificate (A02/A03): the Charge Point certificate's CSR, checked and
/// answered by <see cref="CertificateSigning"/>; the signed certificate follows as CertificateSigned.
/// </summary>
internal sealed class SignCertificateHandler(CertificateSigning signing)
    : OcppCallHandler<SignCertificateRequest, SignCertificateResponse>(V16JsonContext.Default.SignCertificateRequest, V16JsonContext.Default.SignCertificateResponse)
{
    public override OcppVersion Version => OcppVersion.V16;

    public override string Action => "SignCertificate";

    protected override async ValueTask<SignCertificateResponse> HandleAsync(OcppCall call, SignCertificateRequest request, CancellationToken cancellationToken) =>
        new()
        {
            Status = await signing.RequestAsync(call.StationId, request.Csr, SignedCertificateType.ChargingStationCertificate, cancellationToken)
                ? GenericStatusEnumType.Accepted
                : GenericStatusEnumType.Rejected,
        };
}
