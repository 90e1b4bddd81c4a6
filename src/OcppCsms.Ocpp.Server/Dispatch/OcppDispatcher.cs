using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Protocol.Messages;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Ocpp.Server.Dispatch;

/// <summary>
/// Routes each CALL to the handler registered for its (version, action). An action the version does not define, or one
/// of the other version, is NotImplemented ("not known by receiver"); an action the version defines that no module
/// handles yet is NotSupported ("recognized but not supported"), OCPP 2.0.1 part 4 §4.3, OCPP-J 1.6 §4.2.3. A handler
/// that throws is answered InternalError: a station never takes the server down.
/// </summary>
internal sealed partial class OcppDispatcher
{
    private readonly FrozenDictionary<(OcppVersion, string), IOcppCallHandler> _handlers;
    private readonly ILogger<OcppDispatcher> _logger;

    public OcppDispatcher(IEnumerable<IOcppCallHandler> handlers, ILogger<OcppDispatcher> logger)
    {
        _logger = logger;
        var byKey = new Dictionary<(OcppVersion, string), IOcppCallHandler>();
        foreach (var handler in handlers)
        {
            if (!byKey.TryAdd((handler.Version, handler.Action), handler))
            {
                throw new InvalidOperationException($"Two handlers are registered for {handler.Action} of OCPP {OcppSubProtocol.Of(handler.Version)}.");
            }
        }

        _handlers = byKey.ToFrozenDictionary();
    }

    public async ValueTask<OcppCallResult> DispatchAsync(OcppCall call, CancellationToken cancellationToken)
    {
        if (!OcppMessageCatalog.For(call.Version).IsStationAction(call.Action))
        {
            return new OcppCallResult.Error(OcppErrorCode.NotImplemented, $"{call.Action} is not an action a station sends in OCPP {OcppSubProtocol.Of(call.Version)}.");
        }

        if (!_handlers.TryGetValue((call.Version, call.Action), out var handler))
        {
            return new OcppCallResult.Error(OcppErrorCode.NotSupported, $"This CSMS does not handle {call.Action} yet.");
        }

        try
        {
            return await handler.HandleAsync(call, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogHandlerFailed(_logger, e, call.Action, call.StationId, call.MessageId);
            return new OcppCallResult.Error(OcppErrorCode.InternalError, $"The CSMS could not process {call.Action}.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling {Action} from station {StationId} (message {MessageId}) failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string action, string stationId, string messageId);
}
