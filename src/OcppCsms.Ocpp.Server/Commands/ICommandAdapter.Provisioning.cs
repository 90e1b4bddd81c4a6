using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal partial interface ICommandAdapter
{
    Task<CommandResult> GetBaseReportAsync(string stationId, ReportBase reportBase, CancellationToken cancellationToken);

    Task<CommandResult> GetReportAsync(
        string stationId, IReadOnlyList<ComponentVariableSelector>? componentVariables, IReadOnlyList<ComponentCriterion>? componentCriteria,
        CancellationToken cancellationToken);

    Task<CommandResult> GetVariablesAsync(string stationId, IReadOnlyList<VariableToGet> variables, CancellationToken cancellationToken);

    Task<CommandResult> SetVariablesAsync(string stationId, IReadOnlyList<VariableToSet> variables, CancellationToken cancellationToken);

    Task<CommandResult> SetNetworkProfileAsync(string stationId, int configurationSlot, NetworkProfile profile, CancellationToken cancellationToken);
}
