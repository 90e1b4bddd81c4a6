using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal partial interface ICommandAdapter
{
    Task<CommandResult> InstallCertificateAsync(string stationId, CertificateType type, string certificatePem, CancellationToken cancellationToken);

    Task<CommandResult> GetInstalledCertificateIdsAsync(string stationId, CertificateType? type, CancellationToken cancellationToken);

    Task<CommandResult> DeleteCertificateAsync(string stationId, CertificateHashData certificate, CancellationToken cancellationToken);

    Task<CommandResult> CertificateSignedAsync(string stationId, string certificateChainPem, SignedCertificateType? type, CancellationToken cancellationToken);
}
