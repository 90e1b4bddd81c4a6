using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class StationCommands
{
    public Task<CommandResult> CustomerInformationAsync(string stationId, CustomerInformationQuery query, CancellationToken cancellationToken) =>
        With(stationId, "CustomerInformation", adapter => adapter.CustomerInformationAsync(stationId, query, cancellationToken), cancellationToken);
}
