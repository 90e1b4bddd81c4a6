using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

internal sealed partial class V201CommandAdapter
{
    /// <summary>F06, with the 1.6 message of the same name; 2.0.1 has no DiagnosticsStatusNotification.</summary>
    public Task<CommandResult> TriggerMessageAsync(string stationId, TriggeredMessage message, int? connectorId, CancellationToken cancellationToken) =>
        message == TriggeredMessage.DiagnosticsStatusNotification
            ? CommandCaller.Refuse("TriggerMessage", OcppErrorCode.PropertyConstraintViolation,
                "OCPP 2.0.1 has no DiagnosticsStatusNotification: log uploads report with LogStatusNotification (extended-trigger-message).")
            : TriggerAsync(stationId, Enum.Parse<MessageTriggerEnumType>(message.ToString()), connectorId, cancellationToken);
}
