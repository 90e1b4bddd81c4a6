using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal partial interface ICommandAdapter
{
    Task<CommandResult> CustomerInformationAsync(string stationId, CustomerInformationQuery query, CancellationToken cancellationToken);
}
