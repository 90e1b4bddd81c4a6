using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Identity.Contracts;
using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Events.Streams;

/// <summary>
/// <c>GET /api/v1/events/ws</c>: the event bus over a WebSocket, one JSON text message per event. A client that can set
/// headers (or the <c>access_token</c> query) is authenticated before the upgrade; a browser, which can do neither safely,
/// opens the socket anonymously and sends <see cref="WebSocketAuthMessage"/> first. Failures after the upgrade close with
/// 1008 Policy Violation (RFC 6455 §7.4.1) and a reason; a host shutdown closes with 1001 Going Away.
/// </summary>
internal sealed partial class WebSocketEventStream(
    IEventSubscriptions bus,
    IOperatorCredentials credentials,
    IAuthorizationService authorization,
    IValidator<EventStreamQuery> filterValidator,
    IAuditLog audit,
    IHostApplicationLifetime lifetime,
    IOptions<EventsOptions> options,
    TimeProvider clock,
    ILogger<WebSocketEventStream> logger)
{
    private const string Transport = "WebSocket";
    private const int MaxAuthMessageBytes = 16 * 1024;

    // RFC 6455 §5.5: a control frame carries at most 125 bytes, two of them the close code.
    private const int MaxCloseReasonBytes = 123;
    private static readonly TimeSpan AuthTimeout = TimeSpan.FromSeconds(10);

    // How long to wait for the client's answering Close frame (RFC 6455 §7.1.1) or a stuck send before dropping the connection.
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    public async Task<IResult> HandleAsync(HttpContext context, EventStreamQuery query)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "A WebSocket upgrade is required",
                detail: "Open /api/v1/events/ws as a WebSocket, or use GET /api/v1/events for Server-Sent Events.");
        }

        if (context.User.Identity?.IsAuthenticated == true)
        {
            if (!await IsViewerAsync(context.User))
            {
                return Results.Forbid();
            }

            // Subscribed before the upgrade completes: every event after the client's connect returns reaches it.
            using var subscription = bus.Subscribe(StreamSubscriber.Name(Transport, context.User, context), query.ToFilter(), options.Value.SubscriberBufferSize);
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            await StreamAsync(socket, subscription, context.RequestAborted);
            return Results.Empty;
        }

        if (CarriesCredentials(context.Request))
        {
            // The request named credentials and they failed: answer as every other endpoint does (401 with
            // WWW-Authenticate), rather than upgrade and leave the client waiting for an auth message it will not send.
            return Results.Challenge();
        }

        using (var socket = await context.WebSockets.AcceptWebSocketAsync())
        {
            await AuthenticateAndStreamAsync(socket, query, context);
        }

        return Results.Empty;
    }

    private async Task AuthenticateAndStreamAsync(WebSocket socket, EventStreamQuery query, HttpContext context)
    {
        var aborted = context.RequestAborted;
        var receiving = ReceiveMessageAsync(socket, MaxAuthMessageBytes, aborted);
        byte[]? first;
        try
        {
            first = await receiving.WaitAsync(AuthTimeout, clock, aborted);
        }
        catch (TimeoutException)
        {
            // The receive stays pending and will see the client's answering Close frame.
            await CloseAsync(socket, WebSocketCloseStatus.PolicyViolation, $"No auth message within {AuthTimeout.TotalSeconds:0} s", receiving, aborted);
            return;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            return;
        }

        if (first is null)
        {
            // The client closed, or sent something other than one text message of reasonable size.
            await CloseAsync(socket, WebSocketCloseStatus.PolicyViolation, """Expected {"type":"auth","token":"..."}""", null, aborted);
            return;
        }

        var authentication = await AuthenticateAsync(first, query, aborted);
        if (!authentication.Succeeded)
        {
            await CloseAsync(socket, WebSocketCloseStatus.PolicyViolation, authentication.Failure, null, aborted);
            return;
        }

        using var subscription = bus.Subscribe(
            StreamSubscriber.Name(Transport, authentication.Principal, context), authentication.Filter, options.Value.SubscriberBufferSize);
        try
        {
            await socket.SendAsync(WebSocketAuthMessage.Authenticated, WebSocketMessageType.Text, endOfMessage: true, aborted);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            return;
        }

        await StreamAsync(socket, subscription, aborted);
    }

    private async Task<InBandAuthentication> AuthenticateAsync(byte[] first, EventStreamQuery query, CancellationToken cancellationToken)
    {
        var message = WebSocketAuthMessage.Parse(first);
        if (message is not { Type: WebSocketAuthMessage.AuthType, Token.Length: > 0 })
        {
            return InBandAuthentication.Fail("""Expected {"type":"auth","token":"..."}""");
        }

        var principal = await credentials.ValidateAsync(message.Token, cancellationToken);
        if (principal is null)
        {
            await AuditFailureAsync(cancellationToken);
            return InBandAuthentication.Fail("Invalid credentials");
        }

        if (!await IsViewerAsync(principal))
        {
            return InBandAuthentication.Fail("Not allowed to read events");
        }

        var effective = new EventStreamQuery { StationId = message.StationIds ?? query.StationId, Type = message.Types ?? query.Type };
        var validation = await filterValidator.ValidateAsync(effective, cancellationToken);
        return validation.IsValid
            ? new InBandAuthentication(principal, effective.ToFilter(), null)
            : InBandAuthentication.Fail(validation.Errors[0].ErrorMessage);
    }

    /// <summary>
    /// Sends events until the client closes, the connection breaks, the host stops (1001) or the bus drops this slow
    /// subscriber (1008). A receive stays pending throughout: it answers the client's pings and sees its Close frame.
    /// </summary>
    private async Task StreamAsync(WebSocket socket, EventSubscription subscription, CancellationToken aborted)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, lifetime.ApplicationStopping);
        var receiving = DrainUntilCloseAsync(socket, aborted);
        var sending = SendEventsAsync(socket, subscription, stop.Token, aborted);
        var stopped = Task.Delay(Timeout.InfiniteTimeSpan, stop.Token);
        await Task.WhenAny(receiving, sending, stopped);
        await stop.CancelAsync();
        try
        {
            // Only the wait for the next event observes the stop token; a send in progress is left to finish, briefly.
            await sending.WaitAsync(CloseTimeout, clock, CancellationToken.None);
        }
        catch (TimeoutException)
        {
            socket.Abort();
            return;
        }

        if (receiving.IsCompleted)
        {
            await CloseAsync(socket, WebSocketCloseStatus.NormalClosure, "", receiving, aborted);
            return;
        }

        var (status, reason) = lifetime.ApplicationStopping.IsCancellationRequested
            ? (WebSocketCloseStatus.EndpointUnavailable, "CSMS shutting down")
            : subscription.Overflowed
                ? (WebSocketCloseStatus.PolicyViolation, $"Fell {subscription.BufferSize} events behind; reconnect")
                : (WebSocketCloseStatus.NormalClosure, "");
        await CloseAsync(socket, status, reason, receiving, aborted);
    }

    private static async Task SendEventsAsync(WebSocket socket, EventSubscription subscription, CancellationToken stop, CancellationToken aborted)
    {
        try
        {
            await foreach (var csmsEvent in subscription.Events.ReadAllAsync(stop))
            {
                // Cancelling a WebSocket send aborts the socket, so only a dead connection may cancel it.
                await socket.SendAsync(EventJson.Serialize(csmsEvent), WebSocketMessageType.Text, endOfMessage: true, aborted);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Stopped, or the client is gone; the caller closes or has nothing left to close.
        }
    }

    /// <summary>Sends our Close (unless already sent) and waits, bounded, for the client's, as RFC 6455 §7.1.1 asks.</summary>
    private static async Task CloseAsync(WebSocket socket, WebSocketCloseStatus status, string reason, Task? pendingReceive, CancellationToken aborted)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(status, Clip(reason), aborted);
            }

            if (socket.State == WebSocketState.CloseSent)
            {
                await (pendingReceive ?? DrainUntilCloseAsync(socket, aborted)).WaitAsync(CloseTimeout, aborted);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or TimeoutException)
        {
            socket.Abort();
        }
    }

    /// <returns>One whole text message, or null when the client closed or sent binary or more than <paramref name="maxBytes"/>.</returns>
    private static async Task<byte[]?> ReceiveMessageAsync(WebSocket socket, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[maxBytes];
        var length = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
            if (result.MessageType != WebSocketMessageType.Text)
            {
                return null;
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return buffer[..length];
            }

            if (length == maxBytes)
            {
                return null;
            }
        }
    }

    /// <summary>Reads and ignores what the client sends after authentication, until its Close frame or a broken connection.</summary>
    private static async Task DrainUntilCloseAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while ((await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The connection is gone.
        }
    }

    private async Task<bool> IsViewerAsync(ClaimsPrincipal principal) =>
        (await authorization.AuthorizeAsync(principal, resource: null, OperatorPolicies.Viewer)).Succeeded;

    private static bool CarriesCredentials(HttpRequest request) =>
        request.Headers.Authorization.Count > 0 || request.Headers.ContainsKey("X-API-Key") || request.Query.ContainsKey("access_token");

    private async Task AuditFailureAsync(CancellationToken cancellationToken)
    {
        try
        {
            await audit.RecordAsync(new AuditRecord("events.stream.auth", "events", null, "failed: invalid credentials"), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The client learns its credentials failed either way; the missing audit line is for operators to see in the log.
            LogAuditFailed(logger, e);
        }
    }

    private static string Clip(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= MaxCloseReasonBytes)
        {
            return reason;
        }

        var clipped = reason;
        while (Encoding.UTF8.GetByteCount(clipped) > MaxCloseReasonBytes - 3)
        {
            clipped = clipped[..^1];
        }

        return clipped + "...";
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the audit line for a failed event stream authentication")]
    private static partial void LogAuditFailed(ILogger logger, Exception exception);
}
