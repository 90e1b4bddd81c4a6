using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V16CommandAdapter
{
    public Task<CommandResult> GetBaseReportAsync(string stationId, ReportBase reportBase, CancellationToken cancellationToken) =>
        NoDeviceModel("GetBaseReport", "read its configuration keys with get-configuration.");

    public Task<CommandResult> GetReportAsync(
        string stationId, IReadOnlyList<ComponentVariableSelector>? componentVariables, IReadOnlyList<ComponentCriterion>? componentCriteria,
        CancellationToken cancellationToken) =>
        NoDeviceModel("GetReport", "read its configuration keys with get-configuration.");

    public Task<CommandResult> GetVariablesAsync(string stationId, IReadOnlyList<VariableToGet> variables, CancellationToken cancellationToken) =>
        NoDeviceModel("GetVariables", "read its configuration keys with get-configuration.");

    public Task<CommandResult> SetVariablesAsync(string stationId, IReadOnlyList<VariableToSet> variables, CancellationToken cancellationToken) =>
        NoDeviceModel("SetVariables", "change a configuration key with change-configuration.");

    public Task<CommandResult> SetNetworkProfileAsync(string stationId, int configurationSlot, NetworkProfile profile, CancellationToken cancellationToken) =>
        CommandCaller.Refuse("SetNetworkProfile", OcppErrorCode.NotImplemented,
            "OCPP 1.6 has no SetNetworkProfile: a 1.6 station's CSMS address is set on the station itself (a vendor setting, not an OCPP one).");

    /// <summary>A 2.0.1 device model command: a 1.6 station has configuration keys (§9) instead, refused naming the 1.6 command.</summary>
    private static Task<CommandResult> NoDeviceModel(string action, string alternative) =>
        CommandCaller.Refuse(action, OcppErrorCode.NotImplemented, $"OCPP 1.6 has no device model nor {action}: {alternative}");
}
