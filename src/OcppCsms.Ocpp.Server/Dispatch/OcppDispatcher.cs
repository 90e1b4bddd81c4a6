using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Protocol.Messages;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Sessions;

namespace OcppCsms.Ocpp.Server.Dispatch;

/// <summary>
/// Routes each CALL to the handler registered for its (version, action), once the registration gate has let it through:
/// a station the CSMS has not accepted gets SecurityError for anything but BootNotification and what the CSMS asked it
/// for (<see cref="SessionRegistration"/>; OCPP-J 1.6 errata §5.6, OCPP 2.0.1 B01.FR.10, B02.FR.09, B03.FR.07). An
/// action the version does not define, or one of the other version, is NotImplemented ("not known by receiver"); an
/// action the version defines that no module handles yet is NotSupported ("recognized but not supported"), OCPP 2.0.1
/// part 4 §4.3, OCPP-J 1.6 §4.2.3. A handler that throws is answered InternalError: a station never takes the server down.
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

    /// <param name="registration">The gate's view of the session the CALL came in; an answered BootNotification updates it.</param>
    public async ValueTask<OcppCallResult> DispatchAsync(OcppCall call, SessionRegistration registration, CancellationToken cancellationToken)
    {
        try
        {
            if (await registration.BarsAsync(call.Action, cancellationToken) is { } barred)
            {
                LogBarred(_logger, call.Action, call.StationId, barred);
                return new OcppCallResult.Error(OcppErrorCode.SecurityError,
                    $"The CSMS has not accepted this station ({barred}): until it does, it answers BootNotification only.");
            }

            if (!OcppMessageCatalog.For(call.Version).IsStationAction(call.Action))
            {
                return new OcppCallResult.Error(OcppErrorCode.NotImplemented, $"{call.Action} is not an action a station sends in OCPP {OcppSubProtocol.Of(call.Version)}.");
            }

            if (!_handlers.TryGetValue((call.Version, call.Action), out var handler))
            {
                return new OcppCallResult.Error(OcppErrorCode.NotSupported, $"This CSMS does not handle {call.Action} yet.");
            }

            var result = await handler.HandleAsync(call, cancellationToken);
            if (result is OcppCallResult.Result answer && call.Action == "BootNotification")
            {
                registration.Booted(answer.PayloadJson);
            }

            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogHandlerFailed(_logger, e, call.Action, call.StationId, call.MessageId);
            return new OcppCallResult.Error(OcppErrorCode.InternalError, $"The CSMS could not process {call.Action}.");
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Action} from station {StationId} answered SecurityError: the station is {Registration}")]
    private static partial void LogBarred(ILogger logger, string action, string stationId, StationRegistration registration);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling {Action} from station {StationId} (message {MessageId}) failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string action, string stationId, string messageId);
}
