using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class StationCommands
{
    public Task<CommandResult> GetBaseReportAsync(string stationId, ReportBase reportBase, CancellationToken cancellationToken) =>
        With(stationId, "GetBaseReport", adapter => adapter.GetBaseReportAsync(stationId, reportBase, cancellationToken), cancellationToken);

    public Task<CommandResult> GetReportAsync(
        string stationId, IReadOnlyList<ComponentVariableSelector>? componentVariables, IReadOnlyList<ComponentCriterion>? componentCriteria,
        CancellationToken cancellationToken) =>
        With(stationId, "GetReport", adapter => adapter.GetReportAsync(stationId, componentVariables, componentCriteria, cancellationToken), cancellationToken);

    public Task<CommandResult> GetVariablesAsync(string stationId, IReadOnlyList<VariableToGet> variables, CancellationToken cancellationToken) =>
        With(stationId, "GetVariables", adapter => adapter.GetVariablesAsync(stationId, variables, cancellationToken), cancellationToken);

    public Task<CommandResult> SetVariablesAsync(string stationId, IReadOnlyList<VariableToSet> variables, CancellationToken cancellationToken) =>
        With(stationId, "SetVariables", adapter => adapter.SetVariablesAsync(stationId, variables, cancellationToken), cancellationToken);

    public Task<CommandResult> SetNetworkProfileAsync(string stationId, int configurationSlot, NetworkProfile profile, CancellationToken cancellationToken) =>
        With(stationId, "SetNetworkProfile", adapter => adapter.SetNetworkProfileAsync(stationId, configurationSlot, profile, cancellationToken), cancellationToken);
}
