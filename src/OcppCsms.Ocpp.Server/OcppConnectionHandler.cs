using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.Dispatch;
using OcppCsms.Ocpp.Server.MessageLog;
using OcppCsms.Ocpp.Server.Metrics;
using OcppCsms.Ocpp.Server.Sessions;
using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Ocpp.Server;

/// <summary>
/// Accepts a station's WebSocket at <c>/ocpp/{stationId}</c>, keeps it in the session registry for as long as it is
/// open and reads its messages one at a time, in order: each CALL goes to the dispatcher and is answered before the
/// next message is read; answers go to the call in flight.
/// </summary>
internal sealed partial class OcppConnectionHandler(
    StationSessionRegistry registry,
    OcppDispatcher dispatcher,
    OcppMessageLog messageLog,
    IStationAuthenticator authenticator,
    IStationRegistrations registrations,
    IEventPublisher events,
    OcppMetrics metrics,
    IOptions<OcppServerOptions> options,
    TimeProvider clock,
    ILogger<OcppConnectionHandler> logger)
{
    // OCPP 2.0.1 part 4 §3.1.1: the identity is at most 48 characters and has no ':' (it is the Basic auth user name).
    private const int MaxIdentityLength = 48;
    private const string BasicChallenge = "Basic realm=\"OCPP\"";

    public async Task<IResult> HandleAsync(HttpContext context, string stationId)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "A WebSocket upgrade is required",
                detail: "Stations connect to /ocpp/{stationId} with a WebSocket upgrade and the subprotocol ocpp1.6 or ocpp2.0.1.");
        }

        if (stationId.Length > MaxIdentityLength || stationId.Contains(':', StringComparison.Ordinal))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid station identity",
                detail: $"A station identity is 1 to {MaxIdentityLength} characters and contains no ':'.");
        }

        if (context.Request.Headers.Origin is { Count: > 0 } origin
            && !options.Value.AllowedOrigins.Contains(origin.ToString(), StringComparer.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Origin not allowed",
                detail: "Station connections do not come from web pages; this origin is not in Ocpp:AllowedOrigins.");
        }

        if (!registry.IsAccepting)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The CSMS is shutting down");
        }

        // Before anything is accepted: a station that fails here never gets a 101, not even the one a refused
        // subprotocol would get.
        var authentication = await authenticator.AuthenticateAsync(
            new StationConnectionRequest(stationId, AuthorizationHeader(context), context.Request.IsHttps, context.Connection.ClientCertificate),
            context.RequestAborted);
        if (!authentication.IsAccepted)
        {
            LogRefused(logger, stationId, authentication.Outcome.ToString(), authentication.Reason);
            return Refusal(context, authentication.Outcome);
        }

        if (ChooseSubProtocol(context.WebSockets.WebSocketRequestedProtocols) is not { } subProtocol)
        {
            await RefuseSubProtocolsAsync(context, stationId);
            return Results.Empty;
        }

        OcppSubProtocol.TryParse(subProtocol, out var version);
        using var arrival = registry.Arriving(stationId);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(AcceptContext(subProtocol));
        var remoteAddress = context.Connection.RemoteIpAddress?.ToString();
        var session = new StationSession(stationId, version, socket, remoteAddress, authentication.SecurityProfile, registrations, clock);
        var replaced = registry.Register(session);
        arrival.Dispose();
        if (replaced is not null)
        {
            // The older connection of the same station ends now: subscribers hear of it before they hear of the new one.
            events.Publish(CsmsEventTypes.StationDisconnected, stationId, new Dictionary<string, object?> { ["closeStatus"] = "Replaced" });
            await replaced.CloseAsync(WebSocketCloseStatus.NormalClosure, "Replaced by a newer connection of the same station", context.RequestAborted);
        }

        LogConnected(logger, stationId, subProtocol, authentication.SecurityProfile);
        events.Publish(CsmsEventTypes.StationConnected, stationId, new Dictionary<string, object?>
        {
            ["subProtocol"] = subProtocol,
            ["remoteIp"] = remoteAddress,
            ["securityProfile"] = authentication.SecurityProfile,
        });
        try
        {
            await ReceiveAsync(session, context.RequestAborted);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The station dropped the connection or the server aborted it; nothing to answer.
        }
        finally
        {
            var wasCurrent = registry.Remove(session);
            session.MarkEnded();
            var closeStatus = socket.CloseStatus?.ToString() ?? socket.State.ToString();
            LogDisconnected(logger, stationId, closeStatus);
            if (wasCurrent)
            {
                // The last sign of life goes with it: whoever keeps last-seen times learns the final one here.
                events.Publish(CsmsEventTypes.StationDisconnected, stationId, new Dictionary<string, object?>
                {
                    ["closeStatus"] = closeStatus,
                    ["lastSeenAt"] = session.Snapshot().LastSeenAt,
                });
            }
        }

        return Results.Empty;
    }

    /// <summary>More than one Authorization header is no valid credential; passing it on as one string lets the check refuse it.</summary>
    private static string? AuthorizationHeader(HttpContext context) =>
        context.Request.Headers.Authorization is { Count: > 0 } header ? header.ToString() : null;

    /// <summary>
    /// The answer to a refused upgrade. Only "missing" and "invalid" are told apart, never which part of the credentials
    /// was wrong. RFC 9110 §15.5.2: every 401 carries a challenge; stations authenticate with Basic (OCPP 2.0.1 part 2
    /// A00.FR.202, 1.6 security whitepaper A00.FR.202).
    /// </summary>
    private static IResult Refusal(HttpContext context, StationAuthenticationOutcome outcome)
    {
        if (outcome == StationAuthenticationOutcome.UnknownStation)
        {
            // OCPP 2.0.1 part 4 §3.2, OCPP-J 1.6 §3.2: an identity the CSMS does not know SHOULD get 404.
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown station",
                detail: "This CSMS does not know this station identity; an operator registers it first.");
        }

        context.Response.Headers.WWWAuthenticate = BasicChallenge;
        var (title, detail) = outcome switch
        {
            StationAuthenticationOutcome.CredentialsMissing => ("Station credentials missing",
                "This station authenticates with HTTP Basic: the user name is the station identity, the password its own."),
            StationAuthenticationOutcome.SecuredConnectionRequired => ("Secured connection required",
                "This station's security profile requires a secured connection (wss, and a client certificate for profile 3)."),
            _ => ("Station credentials invalid", "The credentials sent are not valid for this station."),
        };
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: title, detail: detail);
    }

    /// <summary>
    /// Pings every <c>Ocpp:PingIntervalSeconds</c> and aborts the connection when no Pong comes within
    /// <c>Ocpp:PongTimeoutSeconds</c> (OCPP 2.0.1 part 4 §5.2: WebSocket pings keep the link alive and find dead ones).
    /// </summary>
    private WebSocketAcceptContext AcceptContext(string subProtocol)
    {
        var settings = options.Value;
        var pinging = settings.PingIntervalSeconds > 0;
        return new WebSocketAcceptContext
        {
            SubProtocol = subProtocol,
            KeepAliveInterval = pinging ? TimeSpan.FromSeconds(settings.PingIntervalSeconds) : TimeSpan.Zero,
            KeepAliveTimeout = pinging ? TimeSpan.FromSeconds(settings.PongTimeoutSeconds) : TimeSpan.Zero,
            DangerousEnableCompression = settings.Compression,
            // Some messages carry secrets (passwords in SetVariables/ChangeConfiguration, certificates): sharing no
            // compression context across messages limits what a CRIME/BREACH-style probe could learn.
            DisableServerContextTakeover = true,
        };
    }

    private string? ChooseSubProtocol(IList<string> requested) =>
        options.Value.SubProtocolPreference.FirstOrDefault(supported => requested.Contains(supported, StringComparer.Ordinal));

    /// <summary>
    /// OCPP-J 1.6 §3.2 and OCPP 2.0.1 part 4 §3.2: a server that agrees to none of the offered subprotocols completes the
    /// handshake without a Sec-WebSocket-Protocol header and closes the connection at once. It never picks a version
    /// the station did not offer.
    /// </summary>
    private async Task RefuseSubProtocolsAsync(HttpContext context, string stationId)
    {
        var offered = string.Join(",", context.WebSockets.WebSocketRequestedProtocols);
        LogRefusedSubProtocols(logger, stationId, offered);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(subProtocol: null);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await socket.CloseAsync(WebSocketCloseStatus.ProtocolError, $"Offer one of: {options.Value.SubProtocols}", timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The station did not wait for the close handshake; the connection is gone either way.
        }
    }

    private async Task ReceiveAsync(StationSession session, CancellationToken cancellationToken)
    {
        using var receiver = new MessageReceiver(session, options.Value.MaxMessageBytes);
        while (true)
        {
            switch (await receiver.ReceiveAsync(cancellationToken))
            {
                case ReceiveOutcome.Closed:
                    // The station started the close: complete the handshake. When we started it, the socket is already closed.
                    await session.CloseAsync(WebSocketCloseStatus.NormalClosure, "", cancellationToken);
                    return;
                case ReceiveOutcome.Binary:
                    // OCPP-J carries JSON text only (OCPP-J 1.6 §4.1.2): RFC 6455 §7.4.1 1003, unacceptable data type.
                    await CloseAndDrainAsync(session, receiver, WebSocketCloseStatus.InvalidMessageType, "OCPP-J messages are text frames", cancellationToken);
                    return;
                case ReceiveOutcome.TooBig:
                    await CloseAndDrainAsync(session, receiver, WebSocketCloseStatus.MessageTooBig,
                        $"Messages are limited to {options.Value.MaxMessageBytes} bytes", cancellationToken);
                    return;
                default:
                    if (session.Socket.State == WebSocketState.Open)
                    {
                        await AnswerAsync(session, receiver.Message, cancellationToken);
                    }

                    break;
            }
        }
    }

    /// <summary>Closes, then reads (and drops) what the station still sends until its Close frame arrives.</summary>
    private static async Task CloseAndDrainAsync(
        StationSession session, MessageReceiver receiver, WebSocketCloseStatus status, string reason, CancellationToken cancellationToken)
    {
        await session.CloseAsync(status, reason, cancellationToken);
        while (session.Socket.State == WebSocketState.CloseSent && await receiver.ReceiveAsync(cancellationToken) != ReceiveOutcome.Closed)
        {
        }
    }

    /// <summary>Called once per message: its state machine, when a send has to wait, comes from a pool instead of the heap.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask AnswerAsync(StationSession session, ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        if (!OcppFrameReader.TryRead(message, session.Version, out var frame, out var error))
        {
            LogInvalidMessage(logger, session.StationId, error.Code, error.Description);
            if (error.Answer)
            {
                await SendCallErrorAsync(session, error.MessageId, null, error.Code, error.Description, cancellationToken);
            }

            return;
        }

        if (frame.Type == MessageTypeId.Call)
        {
            messageLog.Record(session.StationId, LoggedMessage.In, frame.Type, frame.Action, frame.MessageId, message.Span);
            var handling = metrics.CallReceived(session.Version, frame.Action!);
            var call = new OcppCall(session.StationId, session.Version, frame.MessageId, frame.Action!, frame.Payload);
            switch (await dispatcher.DispatchAsync(call, session.Registration, cancellationToken))
            {
                case OcppCallResult.Result result:
                    var bytes = OcppFrameWriter.CallResult(frame.MessageId, result.PayloadJson);
                    messageLog.Record(session.StationId, LoggedMessage.Out, MessageTypeId.CallResult, frame.Action, frame.MessageId, bytes);
                    await session.SendAsync(bytes, cancellationToken);
                    metrics.ResultSent(handling);
                    break;
                case OcppCallResult.Error failure:
                    await SendCallErrorAsync(session, frame.MessageId, frame.Action, failure.Code, failure.Description, cancellationToken);
                    break;
            }

            metrics.Handled(handling);
        }
        else
        {
            var matched = session.TryAnswer(frame, out var action);
            messageLog.Record(session.StationId, LoggedMessage.In, frame.Type, action, frame.MessageId, message.Span);
            metrics.AnswerReceived(session.Version, action, frame.ErrorCode);
            if (!matched)
            {
                // An answer after its call timed out, or to a call never sent: OCPP-J leaves nothing to do but note it.
                LogUnmatchedAnswer(logger, session.StationId, frame.MessageId);
            }
        }
    }

    private async Task SendCallErrorAsync(
        StationSession session, string messageId, string? action, OcppErrorCode code, string description, CancellationToken cancellationToken)
    {
        var bytes = OcppFrameWriter.CallError(messageId, code, session.Version, description);
        messageLog.Record(session.StationId, LoggedMessage.Out, MessageTypeId.CallError, action, messageId, bytes);
        await session.SendAsync(bytes, cancellationToken);
        metrics.ErrorSent(session.Version, action, code);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Station {StationId} connected with {SubProtocol}, security profile {SecurityProfile}")]
    private static partial void LogConnected(ILogger logger, string stationId, string subProtocol, int securityProfile);

    /// <summary>OCPP 2.0.1 part 2 A00.FR.408, 1.6 security whitepaper A00.FR.323: a refusal for a security reason is logged.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "Station {StationId} refused at the upgrade ({Outcome}): {Reason}")]
    private static partial void LogRefused(ILogger logger, string stationId, string outcome, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Station {StationId} disconnected ({CloseStatus})")]
    private static partial void LogDisconnected(ILogger logger, string stationId, string closeStatus);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Station {StationId} offered no supported OCPP subprotocol ('{Offered}'); connection closed")]
    private static partial void LogRefusedSubProtocols(ILogger logger, string stationId, string offered);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Station {StationId} sent an invalid message ({Code}): {Description}")]
    private static partial void LogInvalidMessage(ILogger logger, string stationId, OcppErrorCode code, string description);

    [LoggerMessage(Level = LogLevel.Information, Message = "Station {StationId} answered message {MessageId}, which is not a pending call; ignored")]
    private static partial void LogUnmatchedAnswer(ILogger logger, string stationId, string messageId);
}
