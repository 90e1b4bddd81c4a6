using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>The certificate commands in OCPP 2.0.1 terms: A02/A03 CertificateSigned, M03 GetInstalledCertificateIds, M04 DeleteCertificate, M05 InstallCertificate.</summary>
internal sealed partial class V201CommandAdapter
{
    /// <summary>M05: a root certificate; a V2G certificate chain is not installed this way.</summary>
    public Task<CommandResult> InstallCertificateAsync(string stationId, CertificateType type, string certificatePem, CancellationToken cancellationToken) =>
        type == CertificateType.V2GCertificateChain
            ? CommandCaller.Refuse("InstallCertificate", OcppErrorCode.PropertyConstraintViolation,
                "InstallCertificate installs root certificates; a V2G certificate chain comes with CertificateSigned.")
            : caller.CallAsync(stationId, Version, "InstallCertificate", new InstallCertificateRequest
                {
                    CertificateType = type == CertificateType.CsmsRootCertificate
                        ? InstallCertificateUseEnumType.CSMSRootCertificate
                        : Enum.Parse<InstallCertificateUseEnumType>(type.ToString()),
                    Certificate = certificatePem,
                },
                Json.InstallCertificateRequest, Json.InstallCertificateResponse, cancellationToken);

    /// <summary>M03: without a type the station reports every installed certificate.</summary>
    public Task<CommandResult> GetInstalledCertificateIdsAsync(string stationId, CertificateType? type, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "GetInstalledCertificateIds", new GetInstalledCertificateIdsRequest
            {
                CertificateType = type is { } one
                    ? [one == CertificateType.CsmsRootCertificate ? GetCertificateIdUseEnumType.CSMSRootCertificate : Enum.Parse<GetCertificateIdUseEnumType>(one.ToString())]
                    : null,
            },
            Json.GetInstalledCertificateIdsRequest, Json.GetInstalledCertificateIdsResponse, cancellationToken);

    public Task<CommandResult> DeleteCertificateAsync(string stationId, CertificateHashData certificate, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "DeleteCertificate", new DeleteCertificateRequest
            {
                CertificateHashData = new CertificateHashDataType
                {
                    HashAlgorithm = Enum.Parse<HashAlgorithmEnumType>(certificate.HashAlgorithm.ToString()),
                    IssuerNameHash = certificate.IssuerNameHash,
                    IssuerKeyHash = certificate.IssuerKeyHash,
                    SerialNumber = certificate.SerialNumber,
                },
            },
            Json.DeleteCertificateRequest, Json.DeleteCertificateResponse, cancellationToken);

    public Task<CommandResult> CertificateSignedAsync(string stationId, string certificateChainPem, SignedCertificateType? type, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "CertificateSigned", new CertificateSignedRequest
            {
                CertificateChain = certificateChainPem,
                CertificateType = type is { } use ? Enum.Parse<CertificateSigningUseEnumType>(use.ToString()) : null,
            },
            Json.CertificateSignedRequest, Json.CertificateSignedResponse, cancellationToken);
}
