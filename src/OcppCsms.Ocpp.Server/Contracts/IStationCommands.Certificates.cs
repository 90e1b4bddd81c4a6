namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>
/// Certificate management: OCPP 1.6 security whitepaper edition 3 (A02/A03 CertificateSigned, M03 GetInstalledCertificateIds,
/// M04 DeleteCertificate, M05 InstallCertificate) and OCPP 2.0.1 part 2 (A02/A03, M03–M05). Certificates are PEM
/// (whitepaper A00.FR.507).
/// </summary>
public partial interface IStationCommands
{
    /// <summary>Installs a root certificate of <paramref name="type"/>; 1.6 knows the CSMS and manufacturer roots only.</summary>
    Task<CommandResult> InstallCertificateAsync(string stationId, CertificateType type, string certificatePem, CancellationToken cancellationToken);

    /// <summary>
    /// Asks for the hash data of the installed certificates of <paramref name="type"/>; null asks 2.0.1 for every type
    /// (1.6 needs one).
    /// </summary>
    Task<CommandResult> GetInstalledCertificateIdsAsync(string stationId, CertificateType? type, CancellationToken cancellationToken);

    /// <summary>Deletes the installed certificate the hash data identifies.</summary>
    Task<CommandResult> DeleteCertificateAsync(string stationId, CertificateHashData certificate, CancellationToken cancellationToken);

    /// <summary>
    /// Sends the certificate chain signed for the station's CSR, leaf first. <paramref name="type"/> is 2.0.1's
    /// certificateType (null: both uses); a 1.6 station takes only its own (charging station) certificate.
    /// </summary>
    Task<CommandResult> CertificateSignedAsync(string stationId, string certificateChainPem, SignedCertificateType? type, CancellationToken cancellationToken);
}

/// <summary>
/// Installed certificate types. 1.6 (CertificateUseEnumType) has <see cref="CsmsRootCertificate"/> (its
/// CentralSystemRootCertificate) and <see cref="ManufacturerRootCertificate"/>; 2.0.1 has all (GetCertificateIdUseEnumType),
/// <see cref="V2GCertificateChain"/> only for GetInstalledCertificateIds.
/// </summary>
public enum CertificateType
{
    CsmsRootCertificate,
    ManufacturerRootCertificate,
    V2GRootCertificate,
    MORootCertificate,
    V2GCertificateChain,
}

/// <summary>What a signed certificate is for (2.0.1 CertificateSigningUseEnumType); 1.6 signs only the station's own.</summary>
public enum SignedCertificateType
{
    ChargingStationCertificate,
    V2GCertificate,
}

/// <summary>How OCPP names an installed certificate (1.6 whitepaper §6.1, 2.0.1 CertificateHashDataType): hex hashes and serial.</summary>
public sealed record CertificateHashData(CertificateHashAlgorithm HashAlgorithm, string IssuerNameHash, string IssuerKeyHash, string SerialNumber);

public enum CertificateHashAlgorithm
{
    SHA256,
    SHA384,
    SHA512,
}
