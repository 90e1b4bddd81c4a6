using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Protocol.V16;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>The commands in OCPP 1.6 terms (edition 2, §5 CSMS-initiated operations).</summary>
internal sealed partial class V16CommandAdapter(CommandCaller caller) : ICommandAdapter
{
    private static readonly V16JsonContext Json = V16JsonContext.Default;

    public OcppVersion Version => OcppVersion.V16;

    /// <summary>OCPP 1.6 §5.17: a reset always concerns the whole Charge Point.</summary>
    public Task<CommandResult> ResetAsync(string stationId, ResetKind kind, int? evseId, CancellationToken cancellationToken) =>
        evseId is not null
            ? Task.FromResult(new CommandResult(CommandOutcome.Invalid, "Reset", ErrorCode: nameof(OcppErrorCode.PropertyConstraintViolation),
                ErrorDescription: "OCPP 1.6 resets the whole station; an EVSE can be reset only in OCPP 2.0.1."))
            : caller.CallAsync(stationId, Version, "Reset", new ResetRequest { Type = kind == ResetKind.Hard ? ResetType.Hard : ResetType.Soft },
                Json.ResetRequest, Json.ResetResponse, cancellationToken);

    public Task<CommandResult> ClearCacheAsync(string stationId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "ClearCache", new ClearCacheRequest(), Json.ClearCacheRequest, Json.ClearCacheResponse, cancellationToken);

    /// <summary>OCPP 1.6 §5.17 (Remote Trigger profile): the connector id narrows StatusNotification and MeterValues.</summary>
    public Task<CommandResult> TriggerMessageAsync(string stationId, TriggeredMessage message, int? connectorOrEvseId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "TriggerMessage", new TriggerMessageRequest { RequestedMessage = Enum.Parse<MessageTrigger>(message.ToString()), ConnectorId = connectorOrEvseId },
            Json.TriggerMessageRequest, Json.TriggerMessageResponse, cancellationToken);
}
