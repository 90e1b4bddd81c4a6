using System.Diagnostics.CodeAnalysis;
using System.Net.WebSockets;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Server.Calls;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Ocpp.Server.MessageLog;

namespace OcppCsms.Ocpp.Server.Sessions;

/// <summary>
/// One station's open WebSocket. Sends are serialised (a WebSocket allows one send at a time), and so are the CSMS's
/// CALLs: one in flight, the others waiting in order for the call slot. It also keeps the facts operators ask about:
/// where the station connects from, since when, when it was last heard of and with which security profile, and for the
/// registration gate whether the CSMS has accepted it.
/// </summary>
internal sealed class StationSession(
    string stationId, OcppVersion version, WebSocket socket, string? remoteAddress, int securityProfile, IStationRegistrations registrations,
    TimeProvider clock)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly SemaphoreSlim _callSlot = new(1, 1);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly DateTime _connectedAt = clock.GetUtcNow().UtcDateTime;
    private PendingCall? _pending;

    // 0 until the first frame: until then the station was last seen connecting.
    private long _lastSeenTicks;

    public string StationId { get; } = stationId;

    public OcppVersion Version { get; } = version;

    public WebSocket Socket { get; } = socket;

    public SessionRegistration Registration { get; } = new(stationId, registrations, clock);

    /// <summary>Completes when the endpoint has finished with the socket.</summary>
    public Task Ended => _ended.Task;

    /// <summary>Any frame counts as a sign of life, whatever it carries; written by the receive loop, read by the API.</summary>
    public void MarkSeen() => Interlocked.Exchange(ref _lastSeenTicks, clock.GetUtcNow().UtcTicks);

    public StationSessionInfo Snapshot()
    {
        var lastSeen = Interlocked.Read(ref _lastSeenTicks);
        return new StationSessionInfo(StationId, OcppSubProtocol.Of(Version), remoteAddress, _connectedAt,
            lastSeen == 0 ? _connectedAt : new DateTime(lastSeen, DateTimeKind.Utc), securityProfile);
    }

    public async Task SendAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await Socket.SendAsync(utf8, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Starts the close handshake; the receive loop sees the station's answering Close frame and ends.</summary>
    public async Task CloseAsync(WebSocketCloseStatus status, string description, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            if (Socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await Socket.CloseOutputAsync(status, description, cancellationToken);
            }
        }
        catch (WebSocketException)
        {
            // The station vanished mid-close; the receive loop ends on its own.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Ends the session: a call in flight and every call still waiting for the slot end Offline.</summary>
    public void MarkEnded()
    {
        _ended.TrySetResult();
        Volatile.Read(ref _pending)?.TryComplete(new CallOutcome.Offline());
    }

    public async Task<CallOutcome> CallAsync(
        string action, ReadOnlyMemory<byte> payloadJson, TimeSpan timeout, OcppMessageLog messageLog, CancellationToken cancellationToken)
    {
        // The slot is also given up when the session ends, so a queue behind a dead station drains at once.
        var slot = _callSlot.WaitAsync(cancellationToken);
        if (await Task.WhenAny(slot, Ended) != slot)
        {
            _ = slot.ContinueWith(static (waited, state) => ((SemaphoreSlim)state!).Release(), _callSlot,
                CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            return new CallOutcome.Offline();
        }

        await slot;
        var pending = new PendingCall(Guid.NewGuid().ToString("N"), action, AskedForMessages.By(Version, action, payloadJson.Span));
        try
        {
            Volatile.Write(ref _pending, pending);
            if (Ended.IsCompleted)
            {
                return new CallOutcome.Offline();
            }

            var frame = OcppFrameWriter.Call(pending.MessageId, action, payloadJson.Span);
            messageLog.Record(StationId, LoggedMessage.Out, MessageTypeId.Call, action, pending.MessageId, frame);
            await SendAsync(frame, cancellationToken);
            return await pending.Outcome.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            return new CallOutcome.TimedOut();
        }
        catch (WebSocketException)
        {
            return new CallOutcome.Offline();
        }
        finally
        {
            Volatile.Write(ref _pending, null);
            _callSlot.Release();
        }
    }

    /// <summary>Hands a CALLRESULT or CALLERROR to the call in flight.</summary>
    /// <returns>False when no call with that message id is in flight (answered late, or never sent).</returns>
    public bool TryAnswer(OcppFrame answer, [NotNullWhen(true)] out string? action)
    {
        var pending = Volatile.Read(ref _pending);
        if (pending is null || pending.MessageId != answer.MessageId)
        {
            action = null;
            return false;
        }

        action = pending.Action;
        if (answer.Type == MessageTypeId.CallResult && pending.AsksFor is { } askedFor)
        {
            Registration.Answered(askedFor, answer.Payload.Span);
        }

        // The payload is a slice of the receive buffer, which the next message overwrites: the outcome keeps a copy.
        return pending.TryComplete(answer.Type == MessageTypeId.CallResult
            ? new CallOutcome.Answered(answer.Payload.ToArray())
            : new CallOutcome.Failed(answer.ErrorCode!, answer.ErrorDescription!, answer.Payload.ToArray()));
    }
}
