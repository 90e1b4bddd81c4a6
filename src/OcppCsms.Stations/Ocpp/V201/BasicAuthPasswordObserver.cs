using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Stations.DeviceModel;

namespace OcppCsms.Stations.Ocpp.V201;

/// <summary>
/// OCPP 2.0.1 A01 (A01.FR.02–04): a SetVariables of SecurityCtrlr.BasicAuthPassword (Actual) the station Accepted rotates
/// its Basic password in the CSMS (see <see cref="PasswordRotation"/>); any other result keeps the old one.
/// </summary>
internal sealed class BasicAuthPasswordObserver(PasswordRotation rotation) : ICommandAnswerObserver
{
    public OcppVersion Version => OcppVersion.V201;

    public string Action => "SetVariables";

    public Task ObserveAsync(AnsweredCommand command, CancellationToken cancellationToken) =>
        SetVariablesObserver.Accepted(command).FirstOrDefault(v => v.Address.IsBasicAuthPassword && v.Type == VariableAttribute.Actual) is { Value: { } password }
            ? rotation.AcceptedAsync(command.StationId, password, cancellationToken)
            : Task.CompletedTask;
}
