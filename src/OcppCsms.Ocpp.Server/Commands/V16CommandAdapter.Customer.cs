using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V16CommandAdapter
{
    public Task<CommandResult> CustomerInformationAsync(string stationId, CustomerInformationQuery query, CancellationToken cancellationToken) =>
        Only201("CustomerInformation");
}
