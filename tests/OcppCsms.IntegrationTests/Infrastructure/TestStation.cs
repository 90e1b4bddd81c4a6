using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;

namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>
/// A station that speaks OCPP-J for a test: it sends CALLs and waits for their answers, and it receives the CSMS's CALLs
/// to answer them as the test decides. One background reader sorts the frames, so a CSMS CALL that arrives while the
/// station waits for an answer is kept for <see cref="ReceiveCallAsync"/>, not lost.
/// </summary>
internal sealed class TestStation : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly Channel<IncomingCall> _calls = Channel.CreateUnbounded<IncomingCall>();
    private readonly Dictionary<string, TaskCompletionSource<JsonElement>> _waiting = [];
    private readonly Task _reading;
    private int _sent;

    private TestStation(string id, ClientWebSocket socket)
    {
        Id = id;
        _socket = socket;
        _reading = Task.Run(ReadAsync);
    }

    public string Id { get; }

    public ClientWebSocket Socket => _socket;

    /// <summary>Connects as <paramref name="id"/> (registered or not: the host's unknown-station policy decides).</summary>
    public static async Task<TestStation> ConnectAsync(CsmsProcess host, string id, string subProtocol = "ocpp1.6") =>
        new(id, await StationClient.ConnectAsync(host, id, subProtocol));

    /// <summary>A station over a socket connected another way (with Basic credentials, a client certificate).</summary>
    public static TestStation Over(string id, ClientWebSocket socket) => new(id, socket);

    /// <summary>
    /// Registers <paramref name="id"/> without a password (security profile 0, so Accepted) through the operator API, then
    /// connects it. <paramref name="operatorClient"/> must be allowed to register stations.
    /// </summary>
    public static async Task<TestStation> RegisterAndConnectAsync(CsmsProcess host, HttpClient operatorClient, string id, string subProtocol = "ocpp1.6")
    {
        using var registered = await operatorClient.PostAsJsonAsync("/api/v1/stations", new { id, securityProfile = 0 });
        Assert.True(registered.IsSuccessStatusCode, $"Registering {id}: {(int)registered.StatusCode} {await registered.Content.ReadAsStringAsync()}");
        return await ConnectAsync(host, id, subProtocol);
    }

    /// <summary>Sends a CALL and returns the CALLRESULT's payload; fails the test on a CALLERROR.</summary>
    public async Task<JsonElement> CallAsync(string action, object payload)
    {
        var answer = await SendCallAsync(action, payload);
        Assert.True(answer[0].GetInt32() == 3, $"{action} was answered with {answer}");
        return answer[2];
    }

    /// <summary>Sends a CALL that must be answered with a CALLERROR; returns its code and description.</summary>
    public async Task<(string Code, string Description)> CallErrorAsync(string action, object payload)
    {
        var answer = await SendCallAsync(action, payload);
        Assert.True(answer[0].GetInt32() == 4, $"{action} was answered with {answer}");
        return (answer[2].GetString()!, answer[3].GetString()!);
    }

    /// <summary>The next CALL from the CSMS; fails the test when it is another action or none comes within 15 s.</summary>
    public async Task<IncomingCall> ReceiveCallAsync(string expectedAction)
    {
        var call = await _calls.Reader.ReadAsync(StationClient.Timeout());
        Assert.Equal(expectedAction, call.Action);
        return call;
    }

    /// <summary>Whether the CSMS sends a CALL within <paramref name="wait"/> (to check that a command was not sent).</summary>
    public async Task<bool> ReceivesCallWithinAsync(TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            return await _calls.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public Task AnswerAsync(IncomingCall call, object payload) =>
        _socket.SendTextAsync($"[3,{JsonSerializer.Serialize(call.MessageId)},{Serialize(payload)}]");

    public Task AnswerErrorAsync(IncomingCall call, string code, string description = "") =>
        _socket.SendTextAsync($"[4,{JsonSerializer.Serialize(call.MessageId)},{JsonSerializer.Serialize(code)},{JsonSerializer.Serialize(description)},{{}}]");

    /// <summary>Receives the next CALL, checks its action, and answers it with <paramref name="payload"/>; returns the CALL.</summary>
    public async Task<IncomingCall> AnswerNextAsync(string expectedAction, object payload)
    {
        var call = await ReceiveCallAsync(expectedAction);
        await AnswerAsync(call, payload);
        return call;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", StationClient.Timeout());
            }
            catch (WebSocketException)
            {
                // The host may have closed first; the test is over either way.
            }
        }

        await _reading;
        _socket.Dispose();
    }

    private async Task<JsonElement> SendCallAsync(string action, object payload)
    {
        var messageId = $"t{Interlocked.Increment(ref _sent)}";
        var answered = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiting)
        {
            _waiting[messageId] = answered;
        }

        await _socket.SendTextAsync($"[2,{JsonSerializer.Serialize(messageId)},{JsonSerializer.Serialize(action)},{Serialize(payload)}]");
        return await answered.Task.WaitAsync(TimeSpan.FromSeconds(15));
    }

    /// <summary>A payload given as JSON text goes out as is; anything else is serialised (camelCase, as stations write).</summary>
    private static string Serialize(object payload) => payload as string ?? JsonSerializer.Serialize(payload, JsonSerializerOptions.Web);

    private async Task ReadAsync()
    {
        var buffer = new byte[256 * 1024];
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var frame = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    frame.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                Sort(JsonDocument.Parse(frame.ToArray()).RootElement.Clone());
            }
        }
        catch (WebSocketException)
        {
            // The connection ended; waiting calls time out with a clear failure.
        }

        _calls.Writer.TryComplete();
    }

    private void Sort(JsonElement frame)
    {
        var messageId = frame[1].GetString()!;
        if (frame[0].GetInt32() == 2)
        {
            _calls.Writer.TryWrite(new IncomingCall(messageId, frame[2].GetString()!, frame[3]));
            return;
        }

        TaskCompletionSource<JsonElement>? waiting;
        lock (_waiting)
        {
            _waiting.Remove(messageId, out waiting);
        }

        Assert.True(waiting is not null, $"An answer to a CALL this station did not send: {frame}");
        waiting.TrySetResult(frame);
    }
}

/// <summary>A CALL the CSMS sent to a <see cref="TestStation"/>.</summary>
internal sealed record IncomingCall(string MessageId, string Action, JsonElement Payload)
{
    public override string ToString() => $"{Action} {Payload}";
}
