using System.Buffers.Text;
using System.Diagnostics;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Simulator.Connection;
using OcppCsms.Simulator.Stats;
using V16 = OcppCsms.Ocpp.Protocol.V16;
using V201 = OcppCsms.Ocpp.Protocol.V201;

namespace OcppCsms.Simulator.Load;

/// <summary>
/// One station of the load engine: one socket, one receive loop that also sends the next burst message the moment an
/// answer arrives, message ids that say which in-flight slot a CALL used, and frames serialised once. It does only
/// what a scenario needs — boot, heartbeats, transactions, meter values — and refuses the CSMS's commands with
/// CALLERROR NotImplemented: the realistic station is <see cref="Stations.SimulatedStation"/>.
/// </summary>
internal sealed class LoadStation(StationEndpoint endpoint, SimulatorOptions options, StationSocketFactory sockets, SimulatorStats stats)
{
    private const int ControlSlot = 0;
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    private readonly Slot[] _slots = Enumerable.Range(0, options.InFlight + 1).Select(_ => new Slot()).ToArray();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly SemaphoreSlim _controlGate = new(1, 1);
    private readonly SemaphoreSlim _freeLanes = new(options.InFlight, options.InFlight);
    private readonly ActionStats _connects = stats.For("(connect)");
    private ClientWebSocket? _socket;
    private byte[] _buffer = new byte[4096];
    private long _sequence;
    private long _registerWh;
    private volatile bool _stopping;

    private OcppVersion Version => endpoint.Version;

    public async Task RunAsync(CancellationToken stop)
    {
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                _socket = await sockets.ConnectAsync(endpoint, stop);
            }
            catch (Exception e) when (e is WebSocketException or HttpRequestException or OperationCanceledException)
            {
                if (stop.IsCancellationRequested)
                {
                    return;
                }

                _connects.Failed();
                stats.Error("connect", e.Message);
                await Pause(options.Reconnect.Delay(failures++, Random.Shared), stop);
                continue;
            }

            failures = 0;
            _connects.Answered(Stopwatch.GetElapsedTime(started));
            stats.ConnectionOpened();
            try
            {
                await RunConnectedAsync(_socket, stop);
            }
            finally
            {
                stats.ConnectionClosed();
                _socket.Dispose();
            }

            // A boot storm closes on purpose and comes straight back; a lost connection backs off first.
            if (options.Scenario != Scenario.BootStorm)
            {
                await Pause(options.Reconnect.Delay(failures++, Random.Shared), stop);
            }
        }
    }

    private async Task RunConnectedAsync(ClientWebSocket socket, CancellationToken stop)
    {
        _stopping = false;
        using var closing = new CancellationTokenSource();
        var receiving = ReceiveAsync(socket, closing.Token);
        try
        {
            var boot = await ControlAsync("BootNotification", LoadFrames.Boot(Version), stop);
            if (boot is null || !Accepted(boot))
            {
                return;
            }

            stats.BootAccepted();
            try
            {
                await DriveAsync(IntervalOf(boot), stop);
            }
            finally
            {
                stats.AcceptedConnectionClosed();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
        finally
        {
            _stopping = true;
            await DrainAsync();
            try
            {
                using var timeout = new CancellationTokenSource(DrainTimeout);
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // Already gone.
            }

            await closing.CancelAsync();
            await receiving;
        }
    }

    private async Task DriveAsync(TimeSpan heartbeat, CancellationToken stop)
    {
        switch (options.Scenario)
        {
            case Scenario.HeartbeatBurst:
                await BurstAsync(LoadFrames.Heartbeat, stop);
                break;
            case Scenario.MeterValuesBurst:
                var transactionId = Version == OcppVersion.V16 ? await StartTransactionAsync(stop) : null;
                await BurstAsync(LoadFrames.MeterValues(Version, transactionId), stop);
                if (transactionId is { } id)
                {
                    await StopTransactionAsync(id, CancellationToken.None);
                }

                break;
            case Scenario.BootStorm:
                break;
            case Scenario.Mixed when endpoint.Index % 10 < 3:
                await Task.WhenAll(HeartbeatsAsync(heartbeat, stop), ChargeAsync(stop));
                break;
            default:
                await HeartbeatsAsync(heartbeat, stop);
                break;
        }
    }

    /// <summary>
    /// Back-to-back CALLs on every in-flight slot until the run ends: each answer sends the slot's next message. With
    /// <c>--rate</c> the slots carry the paced messages instead (<see cref="PacedAsync"/>).
    /// </summary>
    private async Task BurstAsync(FrameTemplate template, CancellationToken stop)
    {
        var action = stats.For(template.Action);
        for (var slot = 1; slot < _slots.Length; slot++)
        {
            _slots[slot].Burst = template.Copy();
            _slots[slot].Stats = action;
            if (options.Rate is null)
            {
                await SendBurstAsync(slot, Stopwatch.GetTimestamp(), CancellationToken.None);
            }
        }

        await (options.Rate is { } rate ? PacedAsync(rate, stop) : Task.Delay(Timeout.Infinite, stop));
    }

    /// <summary>
    /// Open loop: this station's share of <c>--rate</c> on a fixed schedule, from a random phase so that the fleet's
    /// messages spread over the period. A message goes out at its scheduled time whether or not earlier answers are back,
    /// and its round trip counts from that time: when the CSMS falls behind, the queueing shows in the latency instead of
    /// slowing the sender down and vanishing from the figures (coordinated omission). Only when every in-flight slot
    /// still waits for an answer does a message wait for one; it is counted as held back, its latency still from its time.
    /// </summary>
    private async Task PacedAsync(double rate, CancellationToken stop)
    {
        var period = (long)(Stopwatch.Frequency * options.Stations / rate);
        var due = Stopwatch.GetTimestamp() + (long)(period * Random.Shared.NextDouble());
        while (true)
        {
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, stop);
            }

            var heldBack = !_freeLanes.Wait(0, CancellationToken.None);
            if (heldBack)
            {
                await _freeLanes.WaitAsync(stop);
            }

            // The semaphore counts the slots without an open CALL; only this loop claims them, so one is free.
            if (await SendBurstAsync(Array.FindIndex(_slots, 1, s => s.MessageId < 0), due, CancellationToken.None))
            {
                stats.PacedMessageSent(heldBack);
            }

            due += period;
        }
    }

    private async Task HeartbeatsAsync(TimeSpan interval, CancellationToken stop)
    {
        while (true)
        {
            await Task.Delay(interval, stop);
            await ControlAsync("Heartbeat", "{}"u8.ToArray(), stop);
        }
    }

    /// <summary>The mixed fleet's charging 30 %: sessions of <c>--session-minutes</c> with meter values at the interval.</summary>
    private async Task ChargeAsync(CancellationToken stop)
    {
        while (true)
        {
            var transaction = Version == OcppVersion.V16 ? await StartTransactionAsync(stop) : null;
            var transactionId201 = Guid.NewGuid().ToString("N");
            var seqNo = 0;
            if (Version == OcppVersion.V201)
            {
                await ControlAsync("TransactionEvent", TransactionEvent(V201.TransactionEventEnumType.Started, transactionId201, seqNo++), stop);
            }

            var ends = DateTime.UtcNow + options.SessionLength;
            while (DateTime.UtcNow < ends && !stop.IsCancellationRequested)
            {
                await Pause(options.MeterInterval, stop);
                _registerWh += 30;
                await ControlAsync(Version == OcppVersion.V16 ? "MeterValues" : "TransactionEvent", Version == OcppVersion.V16
                    ? JsonSerializer.SerializeToUtf8Bytes(new V16.MeterValuesRequest
                    {
                        ConnectorId = 1,
                        TransactionId = transaction,
                        MeterValue = [new V16.MeterValue { Timestamp = DateTime.UtcNow, SampledValue = [new V16.SampledValue { Value = _registerWh.ToString(System.Globalization.CultureInfo.InvariantCulture), Measurand = V16.Measurand.EnergyActiveImportRegister, Unit = V16.UnitOfMeasure.Wh }] }],
                    }, V16.V16JsonContext.Default.MeterValuesRequest)
                    : TransactionEvent(V201.TransactionEventEnumType.Updated, transactionId201, seqNo++), CancellationToken.None);
            }

            if (transaction is { } id)
            {
                await StopTransactionAsync(id, CancellationToken.None);
            }
            else
            {
                await ControlAsync("TransactionEvent", TransactionEvent(V201.TransactionEventEnumType.Ended, transactionId201, seqNo), CancellationToken.None);
            }

            stop.ThrowIfCancellationRequested();
        }
    }

    private byte[] TransactionEvent(V201.TransactionEventEnumType type, string transactionId, int seqNo) => JsonSerializer.SerializeToUtf8Bytes(new V201.TransactionEventRequest
    {
        EventType = type,
        Timestamp = DateTime.UtcNow,
        TriggerReason = type switch
        {
            V201.TransactionEventEnumType.Started => V201.TriggerReasonEnumType.Authorized,
            V201.TransactionEventEnumType.Ended => V201.TriggerReasonEnumType.StopAuthorized,
            _ => V201.TriggerReasonEnumType.MeterValuePeriodic,
        },
        SeqNo = seqNo,
        TransactionInfo = new V201.TransactionType
        {
            TransactionId = transactionId,
            ChargingState = type == V201.TransactionEventEnumType.Ended ? V201.ChargingStateEnumType.EVConnected : V201.ChargingStateEnumType.Charging,
            StoppedReason = type == V201.TransactionEventEnumType.Ended ? V201.ReasonEnumType.Local : null,
        },
        IdToken = type == V201.TransactionEventEnumType.Updated ? null : new V201.IdTokenType { IdToken = options.DriverTag(endpoint.Index, 1), Type = V201.IdTokenEnumType.ISO14443 },
        Evse = type == V201.TransactionEventEnumType.Started ? new V201.EVSEType { Id = 1, ConnectorId = 1 } : null,
        MeterValue = [new V201.MeterValueType { Timestamp = DateTime.UtcNow, SampledValue = [new V201.SampledValueType { Value = _registerWh, Measurand = V201.MeasurandEnumType.EnergyActiveImportRegister }] }],
    }, V201.V201JsonContext.Default.TransactionEventRequest);

    private async Task<int?> StartTransactionAsync(CancellationToken stop)
    {
        var answer = await ControlAsync("StartTransaction", JsonSerializer.SerializeToUtf8Bytes(new V16.StartTransactionRequest
        {
            ConnectorId = 1,
            IdTag = options.DriverTag(endpoint.Index, 1),
            MeterStart = (int)_registerWh,
            Timestamp = DateTime.UtcNow,
        }, V16.V16JsonContext.Default.StartTransactionRequest), stop);
        return answer is null ? null : JsonSerializer.Deserialize(answer, V16.V16JsonContext.Default.StartTransactionResponse)!.TransactionId;
    }

    private Task StopTransactionAsync(int transactionId, CancellationToken cancellationToken) =>
        ControlAsync("StopTransaction", JsonSerializer.SerializeToUtf8Bytes(new V16.StopTransactionRequest
        {
            TransactionId = transactionId,
            MeterStop = (int)_registerWh,
            Timestamp = DateTime.UtcNow,
            Reason = V16.Reason.Local,
        }, V16.V16JsonContext.Default.StopTransactionRequest), cancellationToken);

    /// <summary>A CALL outside the burst, one at a time; the answer's payload, or null for a CALLERROR, a timeout or a lost connection.</summary>
    private async Task<byte[]?> ControlAsync(string action, byte[] payload, CancellationToken cancellationToken)
    {
        await _controlGate.WaitAsync(cancellationToken);
        try
        {
            var slot = _slots[ControlSlot];
            var answered = new TaskCompletionSource<byte[]?>(TaskCreationOptions.RunContinuationsAsynchronously);
            slot.Waiter = answered;
            slot.Stats = stats.For(action);
            var id = NextId(ControlSlot);
            slot.MessageId = id;
            slot.SentAt = Stopwatch.GetTimestamp();
            if (!await SendAsync(OcppFrameWriter.Call(id.ToString("D10", System.Globalization.CultureInfo.InvariantCulture), action, payload), cancellationToken))
            {
                return null;
            }

            try
            {
                return await answered.Task.WaitAsync(options.CallTimeout, cancellationToken);
            }
            catch (TimeoutException)
            {
                slot.Stats.Failed();
                stats.Error($"timeout {action}", $"{action}: no answer within {options.CallTimeout.TotalSeconds:0} s.");
                return null;
            }
        }
        finally
        {
            _controlGate.Release();
        }
    }

    /// <param name="sentAt">Where the round trip counts from: now, or a paced message's scheduled time.</param>
    private Task<bool> SendBurstAsync(int index, long sentAt, CancellationToken cancellationToken)
    {
        var slot = _slots[index];
        var id = NextId(index);
        slot.MessageId = id;
        _registerWh++;
        slot.Burst!.Patch(id, DateTime.UtcNow, _registerWh);
        slot.SentAt = sentAt;
        return SendAsync(slot.Burst.Bytes, cancellationToken);
    }

    /// <summary>Ids carry their slot: id mod (slots) is the slot, so an answer finds its CALL without a lookup table.</summary>
    private long NextId(int slot) => (Interlocked.Increment(ref _sequence) * _slots.Length) + slot;

    private async Task<bool> SendAsync(byte[] frame, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket!.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            stats.FrameSent();
            return true;
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException)
        {
            return false;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    if (length == _buffer.Length)
                    {
                        Array.Resize(ref _buffer, _buffer.Length * 2);
                    }

                    result = await socket.ReceiveAsync(_buffer.AsMemory(length), cancellationToken);
                    length += result.Count;
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                stats.FrameReceived();
                await OnMessageAsync(_buffer.AsMemory(0, length));
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection ended.
        }
        finally
        {
            _slots[ControlSlot].Waiter?.TrySetResult(null);
        }
    }

    /// <summary>Reads the message type and id without allocating; only a control answer's payload is copied.</summary>
    private async Task OnMessageAsync(ReadOnlyMemory<byte> message)
    {
        var (type, id, payloadStart, errorCode) = Head(message.Span);
        if (type == MessageTypeId.Call)
        {
            // The load engine does not act on commands: "not supported by this station" (OCPP-J 1.6 §4.2.3, 2.0.1 part 4 §4.3).
            await SendAsync(OcppFrameWriter.CallError(Encoding.UTF8.GetString(IdOf(message.Span)), OcppErrorCode.NotImplemented, Version,
                "The load generator does not act on commands."), CancellationToken.None);
            return;
        }

        if (id < 0 || _slots[id % _slots.Length] is not { } slot || slot.MessageId != id)
        {
            stats.Error("answer to no CALL", "An answer whose message id matches no open CALL.");
            return;
        }

        var elapsed = Stopwatch.GetElapsedTime(slot.SentAt);
        if (type == MessageTypeId.CallResult)
        {
            slot.Stats!.Answered(elapsed);
        }
        else
        {
            slot.Stats!.Failed();
            stats.Error($"CALLERROR {errorCode} {slot.Stats.Action}", $"{slot.Stats.Action} answered with CALLERROR {errorCode}.");
        }

        if (slot.Waiter is { } waiter)
        {
            slot.Waiter = null;
            waiter.TrySetResult(type == MessageTypeId.CallResult ? message.Span[payloadStart..message.Span.LastIndexOf((byte)']')].ToArray() : null);
        }
        else if (slot.Burst is not null && options.Rate is not null)
        {
            slot.MessageId = -1;
            _freeLanes.Release();
        }
        else if (slot.Burst is not null && !_stopping)
        {
            await SendBurstAsync((int)(id % _slots.Length), Stopwatch.GetTimestamp(), CancellationToken.None);
        }
        else
        {
            slot.MessageId = -1;
        }
    }

    private static (MessageTypeId Type, long Id, int PayloadStart, string? ErrorCode) Head(ReadOnlySpan<byte> message)
    {
        var reader = new Utf8JsonReader(message);
        try
        {
            reader.Read();
            reader.Read();
            var type = (MessageTypeId)reader.GetInt32();
            reader.Read();
            var id = Utf8Parser.TryParse(reader.ValueSpan, out long parsed, out var used) && used == reader.ValueSpan.Length ? parsed : -1;
            reader.Read();
            return (type, id, (int)reader.TokenStartIndex, type == MessageTypeId.CallError ? reader.GetString() : null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return (0, -1, 0, null);
        }
    }

    private static ReadOnlySpan<byte> IdOf(ReadOnlySpan<byte> message)
    {
        var reader = new Utf8JsonReader(message);
        reader.Read();
        reader.Read();
        reader.Read();
        return reader.ValueSpan;
    }

    /// <summary>Waits, within a bound, for the CALLs still in flight, so a run's last answers are counted.</summary>
    private async Task DrainAsync()
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(DrainTimeout.TotalSeconds * Stopwatch.Frequency);
        while (_slots.Skip(1).Any(s => s.Burst is not null && s.MessageId >= 0) && Stopwatch.GetTimestamp() < deadline && _socket!.State == WebSocketState.Open)
        {
            await Task.Delay(20);
        }
    }

    private bool Accepted(byte[] boot)
    {
        var reader = new Utf8JsonReader(boot);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("status"u8))
            {
                reader.Read();
                return reader.ValueTextEquals("Accepted"u8);
            }
        }

        return false;
    }

    private TimeSpan IntervalOf(byte[] boot)
    {
        if (options.HeartbeatInterval is { } configured)
        {
            return configured;
        }

        var reader = new Utf8JsonReader(boot);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("interval"u8) && reader.Read() && reader.GetInt32() > 0)
            {
                return TimeSpan.FromSeconds(reader.GetInt32());
            }
        }

        return TimeSpan.FromMinutes(1);
    }

    private static async Task Pause(TimeSpan wait, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(wait, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    /// <summary>One CALL lane: the last id sent on it, when, what waits for the answer, and the burst frame it repeats.</summary>
    private sealed class Slot
    {
        public long MessageId { get; set; } = -1;

        public long SentAt { get; set; }

        public ActionStats? Stats { get; set; }

        public TaskCompletionSource<byte[]?>? Waiter { get; set; }

        public FrameTemplate? Burst { get; set; }
    }
}
