using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>The certificate commands of the OCPP 1.6 security whitepaper edition 3 (§5.1, §5.3, §5.7, §5.11).</summary>
internal sealed partial class V16CommandAdapter
{
    public Task<CommandResult> InstallCertificateAsync(string stationId, CertificateType type, string certificatePem, CancellationToken cancellationToken) =>
        Use(type) is { } use
            ? caller.CallAsync(stationId, Version, "InstallCertificate", new InstallCertificateRequest { CertificateType = use, Certificate = certificatePem },
                Json.InstallCertificateRequest, Json.InstallCertificateResponse, cancellationToken)
            : UnknownType("InstallCertificate", type);

    /// <summary>Whitepaper §5.7: a 1.6 station is asked for one type at a time.</summary>
    public Task<CommandResult> GetInstalledCertificateIdsAsync(string stationId, CertificateType? type, CancellationToken cancellationToken)
    {
        if (type is null)
        {
            return Refused("GetInstalledCertificateIds", "OCPP 1.6 asks for one certificateType at a time.");
        }

        return Use(type.Value) is { } use
            ? caller.CallAsync(stationId, Version, "GetInstalledCertificateIds", new GetInstalledCertificateIdsRequest { CertificateType = use },
                Json.GetInstalledCertificateIdsRequest, Json.GetInstalledCertificateIdsResponse, cancellationToken)
            : UnknownType("GetInstalledCertificateIds", type.Value);
    }

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

    /// <summary>Whitepaper A02/A03: the chain of the Charge Point certificate; 1.6 signs no ISO 15118 certificates.</summary>
    public Task<CommandResult> CertificateSignedAsync(string stationId, string certificateChainPem, SignedCertificateType? type, CancellationToken cancellationToken) =>
        type == SignedCertificateType.V2GCertificate
            ? Refused("CertificateSigned", "OCPP 1.6 has no V2G certificates; send the charging station certificate.")
            : caller.CallAsync(stationId, Version, "CertificateSigned", new CertificateSignedRequest { CertificateChain = certificateChainPem },
                Json.CertificateSignedRequest, Json.CertificateSignedResponse, cancellationToken);

    /// <summary>Whitepaper §6.4 CertificateUseEnumType: the Central System and manufacturer roots.</summary>
    private static CertificateUseEnumType? Use(CertificateType type) => type switch
    {
        CertificateType.CsmsRootCertificate => CertificateUseEnumType.CentralSystemRootCertificate,
        CertificateType.ManufacturerRootCertificate => CertificateUseEnumType.ManufacturerRootCertificate,
        _ => null,
    };

    private static Task<CommandResult> UnknownType(string action, CertificateType type) =>
        Refused(action, $"OCPP 1.6 knows the certificate types CsmsRootCertificate and ManufacturerRootCertificate, not {type}.");

    private static Task<CommandResult> Refused(string action, string description) =>
        CommandCaller.Refuse(action, OcppErrorCode.PropertyConstraintViolation, description);
}
