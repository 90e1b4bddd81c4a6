using System.Text.Json;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Stations.DeviceModel;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 B06 GetVariables: each result the station Accepted carries the attribute's value (B06.FR.04), kept in the
/// device model; a Rejected, UnknownComponent, UnknownVariable or NotSupportedAttributeType result changes nothing.
/// </summary>
internal sealed class GetVariablesObserver(DeviceModelStore store) : ICommandAnswerObserver
{
    public OcppVersion Version => OcppVersion.V201;

    public string Action => "GetVariables";

    public Task ObserveAsync(AnsweredCommand command, CancellationToken cancellationToken)
    {
        var answer = JsonSerializer.Deserialize(command.Response.Span, V201JsonContext.Default.GetVariablesResponse)!;
        return store.RecordValuesAsync(command.StationId, VariableSource.GetVariables,
            answer.GetVariableResult.Where(r => r.AttributeStatus == GetVariableStatusEnumType.Accepted)
                .Select(r => new KnownValue(DeviceModelMapping.Address(r.Component, r.Variable), DeviceModelMapping.Attribute(r.AttributeType), r.AttributeValue))
                .ToList(),
            cancellationToken);
    }
}
