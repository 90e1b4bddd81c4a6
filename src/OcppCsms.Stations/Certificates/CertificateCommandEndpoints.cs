using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OcppCsms.Identity.Contracts;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Stations.Certificates;

/// <summary>The certificate commands for Operators, answered as <see cref="CommandHttp"/> describes; bodies are checked first (400).</summary>
internal static class CertificateCommandEndpoints
{
    public static void MapCertificateCommandEndpoints(this IEndpointRouteBuilder app)
    {
        var commands = app.MapStationCommandGroup().RequireAuthorization(OperatorPolicies.Operator).WithRequestValidation();

        commands.MapPost("/commands/install-certificate", (string stationId, InstallCertificateCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.InstallCertificateAsync(stationId, command.CertificateType!.Value, command.Certificate, cancellationToken)))
            .WithSummary("Install a root certificate (InstallCertificate): CsmsRootCertificate or ManufacturerRootCertificate; 2.0.1 also V2GRootCertificate, MORootCertificate.")
            .ProducesValidationProblem();
        commands.MapPost("/commands/get-installed-certificate-ids", (string stationId, GetInstalledCertificateIdsCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.GetInstalledCertificateIdsAsync(stationId, command.CertificateType, cancellationToken)))
            .WithSummary("List the installed certificates of a type (GetInstalledCertificateIds); 2.0.1 stations without a type list all.")
            .ProducesValidationProblem();
        commands.MapPost("/commands/delete-certificate", (string stationId, DeleteCertificateCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.DeleteCertificateAsync(stationId, command.CertificateHashData!.ToContract(), cancellationToken)))
            .WithSummary("Delete an installed certificate (DeleteCertificate), named by its hash data as GetInstalledCertificateIds reported it.")
            .ProducesValidationProblem();
        commands.MapPost("/commands/certificate-signed", (string stationId, CertificateSignedCommand command, IStationCommands gateway, CancellationToken cancellationToken) =>
                CommandHttp.AnswerAsync(gateway.CertificateSignedAsync(stationId, command.CertificateChain, command.CertificateType, cancellationToken)))
            .WithSummary("Send a signed certificate chain to the station (CertificateSigned), leaf first; certificateType only for 2.0.1.")
            .ProducesValidationProblem();
    }
}
