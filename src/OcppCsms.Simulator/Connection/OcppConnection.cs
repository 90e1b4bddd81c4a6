using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Protocol.Validation;
using OcppCsms.Simulator.Stats;

namespace OcppCsms.Simulator.Connection;

/// <summary>
/// One open OCPP-J connection of a simulated station. A station sends one CALL at a time and waits for its answer or
/// a timeout before the next (OCPP-J 1.6 §4.1.1, OCPP 2.0.1 part 4 §4.1.1); the CSMS's CALLs are answered by the
/// station's <see cref="ICsmsCallHandler"/> from the single receive loop, so an answer is never waited for twice.
/// </summary>
internal sealed class OcppConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly ICsmsCallHandler _handler;
    private readonly SimulatorStats _stats;
    private readonly TimeSpan _callTimeout;
    private readonly SemaphoreSlim _callGate = new(1, 1);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private readonly Task _receiving;
    private PendingCall? _pending;
    private long _nextId;

    private OcppConnection(ClientWebSocket socket, OcppVersion version, ICsmsCallHandler handler, SimulatorStats stats, TimeSpan callTimeout)
    {
        _socket = socket;
        Version = version;
        _handler = handler;
        _stats = stats;
        _callTimeout = callTimeout;
        _receiving = Task.Run(ReceiveAsync);
    }

    public OcppVersion Version { get; }

    /// <summary>Completes when the connection has ended, closed by either side or lost.</summary>
    public Task Completion => _receiving;

    public static async Task<OcppConnection> OpenAsync(
        StationSocketFactory sockets, StationEndpoint endpoint, ICsmsCallHandler handler, SimulatorStats stats, TimeSpan callTimeout,
        CancellationToken cancellationToken) =>
        new(await sockets.ConnectAsync(endpoint, cancellationToken), endpoint.Version, handler, stats, callTimeout);

    /// <summary>Sends a CALL and reads its CALLRESULT as <typeparamref name="TResponse"/>, checked against the schema.</summary>
    /// <exception cref="OcppCallException">No usable answer.</exception>
    public async Task<TResponse> CallAsync<TRequest, TResponse>(
        string action, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        var answer = await CallAsync(action, JsonSerializer.SerializeToUtf8Bytes(request, requestType), cancellationToken);
        if (!OcppPayload.TryRead(answer, responseType, out var response, out var violation))
        {
            throw Failed(action, "invalid answer", $"{action}: {violation.Describe(action)} (in the CSMS's answer)");
        }

        return response;
    }

    /// <summary>Sends a CALL with a serialised payload and returns the CALLRESULT's payload (copied out of the receive buffer).</summary>
    /// <exception cref="OcppCallException">No usable answer.</exception>
    public async Task<byte[]> CallAsync(string action, byte[] payload, CancellationToken cancellationToken)
    {
        await _callGate.WaitAsync(cancellationToken);
        try
        {
            var messageId = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var pending = new PendingCall(messageId);
            Volatile.Write(ref _pending, pending);
            var started = Stopwatch.GetTimestamp();
            try
            {
                await SendAsync(OcppFrameWriter.Call(messageId, action, payload), cancellationToken);
                var result = await pending.Answer.Task.WaitAsync(_callTimeout, cancellationToken);
                if (result.ErrorCode is { } code)
                {
                    throw Failed(action, $"CALLERROR {code}", $"{action}: {code} {result.ErrorDescription}");
                }

                _stats.For(action).Answered(Stopwatch.GetElapsedTime(started));
                return result.Payload;
            }
            catch (TimeoutException)
            {
                throw Failed(action, "timeout", $"{action}: no answer within {_callTimeout.TotalSeconds:0} s.");
            }
            catch (Exception e) when (e is WebSocketException or ObjectDisposedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw Failed(action, "connection lost", $"{action}: the connection ended before the answer.");
            }
            finally
            {
                Volatile.Write(ref _pending, null);
            }
        }
        finally
        {
            _callGate.Release();
        }
    }

    /// <summary>Drops the connection without a closing handshake, as a network failure would.</summary>
    public void Abort()
    {
        _closing.Cancel();
        _socket.Abort();
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // Closing a connection the CSMS or the network already ended: nothing left to do.
            }
        }

        _closing.Cancel();
        _socket.Abort();
        await _receiving;
        _socket.Dispose();
        _closing.Dispose();
    }

    private OcppCallException Failed(string action, string kind, string message)
    {
        _stats.For(action).Failed();
        _stats.Error($"{kind} {action}", message);
        return new OcppCallException(kind, message);
    }

    private async Task SendAsync(byte[] frame, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            _stats.FrameSent();
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (true)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    result = await _socket.ReceiveAsync(buffer.AsMemory(length), _closing.Token);
                    length += result.Count;
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                _stats.FrameReceived();
                await HandleFrameAsync(buffer.AsMemory(0, length));
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection ended: the station's lifecycle sees Completion and reconnects.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            Volatile.Read(ref _pending)?.Answer.TrySetException(new WebSocketException("The connection ended."));
        }
    }

    private async Task HandleFrameAsync(ReadOnlyMemory<byte> message)
    {
        if (!OcppFrameReader.TryRead(message, Version, out var frame, out var error))
        {
            _stats.Error("malformed frame from the CSMS", error.Description);
            if (error.Answer)
            {
                await SendAsync(OcppFrameWriter.CallError(error.MessageId, error.Code, Version, error.Description), _closing.Token);
            }

            return;
        }

        switch (frame.Type)
        {
            case MessageTypeId.Call:
                var answer = await _handler.HandleAsync(frame.MessageId, frame.Action!, frame.Payload, _closing.Token);
                await SendAsync(answer.Frame, _closing.Token);
                if (answer.Then is { } then)
                {
                    _ = RunThenAsync(frame.Action!, then);
                }

                break;
            case MessageTypeId.CallResult or MessageTypeId.CallError:
                var pending = Volatile.Read(ref _pending);
                if (pending is null || pending.MessageId != frame.MessageId)
                {
                    // OCPP-J 1.6 §4.1.1: an answer must carry the id of the CALL it answers; this one answers nothing we sent.
                    _stats.Error("answer to no CALL", $"An answer with message id {frame.MessageId} that matches no open CALL.");
                    return;
                }

                pending.Answer.TrySetResult(frame.Type == MessageTypeId.CallResult
                    ? new CallResult(frame.Payload.ToArray(), null, null)
                    : new CallResult([], frame.ErrorCode, frame.ErrorDescription));
                break;
        }
    }

    private async Task RunThenAsync(string action, Func<CancellationToken, Task> then)
    {
        try
        {
            await then(_closing.Token);
        }
        catch (OcppCallException)
        {
            // Counted where it failed.
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
        catch (Exception e)
        {
            _stats.Error($"after {action}", e.Message);
        }
    }

    private sealed class PendingCall(string messageId)
    {
        public string MessageId { get; } = messageId;

        public TaskCompletionSource<CallResult> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private readonly record struct CallResult(byte[] Payload, string? ErrorCode, string? ErrorDescription);
}
