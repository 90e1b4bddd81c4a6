using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.V201;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Commands;

/// <summary>The commands in OCPP 2.0.1 terms (edition 3, part 2).</summary>
internal sealed partial class V201CommandAdapter(CommandCaller caller) : ICommandAdapter
{
    private static readonly V201JsonContext Json = V201JsonContext.Default;

    public OcppVersion Version => OcppVersion.V201;

    /// <summary>B11 (OnIdle: once transactions have ended) and B12 (Immediate), of the station or of one EVSE.</summary>
    public Task<CommandResult> ResetAsync(string stationId, ResetKind kind, int? evseId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "Reset", new ResetRequest { Type = kind == ResetKind.Hard ? ResetEnumType.Immediate : ResetEnumType.OnIdle, EvseId = evseId },
            Json.ResetRequest, Json.ResetResponse, cancellationToken);

    public Task<CommandResult> ClearCacheAsync(string stationId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "ClearCache", new ClearCacheRequest(), Json.ClearCacheRequest, Json.ClearCacheResponse, cancellationToken);

    /// <summary>F06: the EVSE narrows StatusNotification and MeterValues.</summary>
    public Task<CommandResult> TriggerMessageAsync(string stationId, TriggeredMessage message, int? connectorOrEvseId, CancellationToken cancellationToken) =>
        caller.CallAsync(stationId, Version, "TriggerMessage", new TriggerMessageRequest
            {
                RequestedMessage = Enum.Parse<MessageTriggerEnumType>(message.ToString()),
                Evse = connectorOrEvseId is { } evseId ? new EVSEType { Id = evseId } : null,
            },
            Json.TriggerMessageRequest, Json.TriggerMessageResponse, cancellationToken);
}
