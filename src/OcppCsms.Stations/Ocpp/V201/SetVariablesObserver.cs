using System.Text.Json;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Stations.DeviceModel;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 B05 SetVariables: the value of each item the station Accepted is kept in the device model. A result names
/// its item by component, variable and attribute type (B05.FR.02, B05.FR.03, B05.FR.12), not by position, so the value is
/// found by that address. RebootRequired is not kept: the attribute keeps its old value until the station reboots, and a
/// report or GetVariables after the reboot tells the new one.
/// </summary>
internal sealed class SetVariablesObserver(DeviceModelStore store) : ICommandAnswerObserver
{
    public OcppVersion Version => OcppVersion.V201;

    public string Action => "SetVariables";

    public Task ObserveAsync(AnsweredCommand command, CancellationToken cancellationToken) =>
        store.RecordValuesAsync(command.StationId, VariableSource.SetVariables, Accepted(command), cancellationToken);

    /// <summary>The values the station accepted, each with its address and attribute.</summary>
    public static IReadOnlyList<KnownValue> Accepted(AnsweredCommand command)
    {
        var request = JsonSerializer.Deserialize(command.Request.Span, V201JsonContext.Default.SetVariablesRequest)!;
        var answer = JsonSerializer.Deserialize(command.Response.Span, V201JsonContext.Default.SetVariablesResponse)!;
        var sent = request.SetVariableData
            .Select(d => new KnownValue(DeviceModelMapping.Address(d.Component, d.Variable), DeviceModelMapping.Attribute(d.AttributeType), d.AttributeValue))
            .ToList();
        return answer.SetVariableResult.Where(r => r.AttributeStatus == SetVariableStatusEnumType.Accepted)
            .Select(r => sent.FirstOrDefault(v => v.Matches(DeviceModelMapping.Address(r.Component, r.Variable), DeviceModelMapping.Attribute(r.AttributeType))))
            .OfType<KnownValue>()
            .ToList();
    }
}
