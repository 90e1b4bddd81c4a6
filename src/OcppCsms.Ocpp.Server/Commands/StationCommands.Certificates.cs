using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class StationCommands
{
    public Task<CommandResult> InstallCertificateAsync(string stationId, CertificateType type, string certificatePem, CancellationToken cancellationToken) =>
        With(stationId, "InstallCertificate", adapter => adapter.InstallCertificateAsync(stationId, type, certificatePem, cancellationToken), cancellationToken);

    public Task<CommandResult> GetInstalledCertificateIdsAsync(string stationId, CertificateType? type, CancellationToken cancellationToken) =>
        With(stationId, "GetInstalledCertificateIds", adapter => adapter.GetInstalledCertificateIdsAsync(stationId, type, cancellationToken), cancellationToken);

    public Task<CommandResult> DeleteCertificateAsync(string stationId, CertificateHashData certificate, CancellationToken cancellationToken) =>
        With(stationId, "DeleteCertificate", adapter => adapter.DeleteCertificateAsync(stationId, certificate, cancellationToken), cancellationToken);

    public Task<CommandResult> CertificateSignedAsync(string stationId, string certificateChainPem, SignedCertificateType? type, CancellationToken cancellationToken) =>
        With(stationId, "CertificateSigned", adapter => adapter.CertificateSignedAsync(stationId, certificateChainPem, type, cancellationToken), cancellationToken);
}
