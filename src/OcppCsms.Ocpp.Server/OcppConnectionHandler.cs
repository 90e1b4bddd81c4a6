using System.Buffers;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Server.Sessions;
using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Ocpp.Server;

/// <summary>
/// Accepts a station's WebSocket at <c>/ocpp/{stationId}</c>, keeps it in the session registry for as long as it
/// is open and reads its frames. Until the dispatcher exists, every CALL is answered NotImplemented, which both
/// versions define for an action the receiver does not know (OCPP-J 1.6 §4.2.3, OCPP 2.0.1 part 4 §4.3).
/// </summary>
internal sealed partial class OcppConnectionHandler(StationSessionRegistry registry, IEventPublisher events, ILogger<OcppConnectionHandler> logger)
{
    // OCPP 2.0.1 identifierString of a station is at most 48 characters; ':' would break HTTP Basic auth (part 2 A00).
    private const int MaxIdentityLength = 48;
    private const int MaxMessageBytes = 64 * 1024;
    private static readonly OcppVersion[] PreferredVersions = [OcppVersion.V201, OcppVersion.V16];

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

        if (!registry.IsAccepting)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The CSMS is shutting down");
        }

        var requested = context.WebSockets.WebSocketRequestedProtocols;
        if (!TryChooseVersion(requested, out var version))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No supported OCPP subprotocol",
                detail: $"Offer {OcppSubProtocol.V201} or {OcppSubProtocol.V16} in Sec-WebSocket-Protocol (offered: '{string.Join(",", requested)}').");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(OcppSubProtocol.Of(version));
        var session = new StationSession(stationId, version, socket);
        if (registry.Register(session) is { } replaced)
        {
            await replaced.CloseAsync(WebSocketCloseStatus.PolicyViolation, "Replaced by a newer connection of the same station", context.RequestAborted);
        }

        LogConnected(logger, stationId, OcppSubProtocol.Of(version));
        events.Publish(CsmsEventTypes.StationConnected, stationId, new Dictionary<string, object?>
        {
            ["subProtocol"] = OcppSubProtocol.Of(version),
            ["remoteIp"] = context.Connection.RemoteIpAddress?.ToString(),
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
            // A session replaced by the station's newer connection ends after that one's StationConnected; announcing
            // it would tell subscribers the station went offline while it is online.
            if (wasCurrent)
            {
                events.Publish(CsmsEventTypes.StationDisconnected, stationId, new Dictionary<string, object?> { ["closeStatus"] = closeStatus });
            }
        }

        return Results.Empty;
    }

    private static bool TryChooseVersion(IList<string> requested, out OcppVersion version)
    {
        foreach (var candidate in PreferredVersions)
        {
            if (requested.Contains(OcppSubProtocol.Of(candidate), StringComparer.Ordinal))
            {
                version = candidate;
                return true;
            }
        }

        version = default;
        return false;
    }

    private async Task ReceiveAsync(StationSession session, CancellationToken cancellationToken)
    {
        var socket = session.Socket;
        var buffer = ArrayPool<byte>.Shared.Rent(MaxMessageBytes);
        try
        {
            while (true)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    if (length == MaxMessageBytes)
                    {
                        // RFC 6455 §7.4.1 1009: the frame is larger than this endpoint accepts. Keep reading until the
                        // station answers the close, discarding what it still sends.
                        await session.CloseAsync(WebSocketCloseStatus.MessageTooBig, $"Messages are limited to {MaxMessageBytes} bytes", cancellationToken);
                        length = 0;
                    }

                    result = await socket.ReceiveAsync(buffer.AsMemory(length, MaxMessageBytes - length), cancellationToken);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        // The station started the close: complete the handshake. When we started it, the socket is already closed.
                        await session.CloseAsync(WebSocketCloseStatus.NormalClosure, "", cancellationToken);
                        return;
                    }

                    length += result.Count;
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Text && socket.State == WebSocketState.Open)
                {
                    await AnswerAsync(session, buffer.AsMemory(0, length), cancellationToken);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task AnswerAsync(StationSession session, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        if (CallFrame.TryReadHead(frame.Span, out var messageId, out var action))
        {
            var error = CallFrame.WriteCallError(messageId, "NotImplemented", $"This CSMS does not handle {action} yet.");
            await session.SendAsync(error, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Station {StationId} connected with {SubProtocol}")]
    private static partial void LogConnected(ILogger logger, string stationId, string subProtocol);

    [LoggerMessage(Level = LogLevel.Information, Message = "Station {StationId} disconnected ({CloseStatus})")]
    private static partial void LogDisconnected(ILogger logger, string stationId, string closeStatus);
}
