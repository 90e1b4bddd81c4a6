using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.Ocpp.Server.Calls;

namespace OcppCsms.IntegrationTests.Ocpp;

/// <summary>CALLs from the CSMS to a station over a real socket: one in flight, in order, with a timeout and a clear outcome.</summary>
public sealed class StationCallTests(StationCallHost fixture) : IClassFixture<StationCallHost>
{
    private readonly KestrelInProcessHost _host = fixture.Host;

    private StationCalls Calls => _host.Services.GetRequiredService<StationCalls>();

    [Fact]
    public async Task A_callresult_is_the_answer_and_a_callerror_a_failure()
    {
        using var station = await ConnectAsync("CP-CALLED");

        var reset = Calls.CallAsync("CP-CALLED", "Reset", """{"type":"Soft"}"""u8.ToArray(), CancellationToken.None);
        var call = await ReceiveCallAsync(station);
        Assert.Equal(("Reset", """{"type":"Soft"}"""), (call[2].GetString(), call[3].GetRawText()));
        await station.SendTextAsync($$"""[3,"{{call[1].GetString()}}",{"status":"Accepted"}]""");
        var answered = Assert.IsType<CallOutcome.Answered>(await reset);
        Assert.Equal("""{"status":"Accepted"}""", Encoding.UTF8.GetString(answered.Payload));

        var unlock = Calls.CallAsync("CP-CALLED", "UnlockConnector", """{"connectorId":1}"""u8.ToArray(), CancellationToken.None);
        call = await ReceiveCallAsync(station);
        await station.SendTextAsync($$"""[4,"{{call[1].GetString()}}","NotSupported","no lock",{"hint":1}]""");
        var failed = Assert.IsType<CallOutcome.Failed>(await unlock);
        Assert.Equal(("NotSupported", "no lock", """{"hint":1}"""), (failed.ErrorCode, failed.ErrorDescription, Encoding.UTF8.GetString(failed.ErrorDetails)));
    }

    [Fact]
    public async Task Calls_to_one_station_go_one_at_a_time_in_order()
    {
        using var station = await ConnectAsync("CP-QUEUE");

        var calls = Enumerable.Range(1, 3)
            .Select(i => Calls.CallAsync("CP-QUEUE", "DataTransfer", Encoding.UTF8.GetBytes($$"""{"vendorId":"v{{i}}"}"""), CancellationToken.None))
            .ToList();
        var nextMessage = station.ReceiveTextAsync();
        for (var i = 1; i <= 3; i++)
        {
            var call = JsonDocument.Parse(await nextMessage).RootElement;
            Assert.Equal($"v{i}", call[3].GetProperty("vendorId").GetString());
            // While this one is unanswered, nothing else arrives.
            nextMessage = station.ReceiveTextAsync();
            await Task.Delay(300);
            Assert.False(nextMessage.IsCompleted, $"A second CALL arrived while call {i} was in flight.");
            await station.SendTextAsync($$"""[3,"{{call[1].GetString()}}",{"status":"Accepted","n":{{i}}}]""");
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.IsType<CallOutcome.Answered>(await calls[i]);
        }
    }

    [Fact]
    public async Task An_unanswered_call_times_out_and_its_late_answer_is_ignored()
    {
        using var station = await ConnectAsync("CP-SLOW");

        var first = Calls.CallAsync("CP-SLOW", "Heartbeat", "{}"u8.ToArray(), CancellationToken.None);
        var call = await ReceiveCallAsync(station);
        Assert.IsType<CallOutcome.TimedOut>(await first);

        var second = Calls.CallAsync("CP-SLOW", "Heartbeat", "{}"u8.ToArray(), CancellationToken.None);
        var next = await ReceiveCallAsync(station);
        await station.SendTextAsync($$"""[3,"{{call[1].GetString()}}",{"late":true}]""");
        await station.SendTextAsync($$"""[3,"{{next[1].GetString()}}",{"late":false}]""");
        var answered = Assert.IsType<CallOutcome.Answered>(await second);
        Assert.Equal("""{"late":false}""", Encoding.UTF8.GetString(answered.Payload));
    }

    [Fact]
    public async Task A_call_to_an_offline_station_fails_at_once_and_so_does_one_cut_off_by_a_disconnect()
    {
        Assert.IsType<CallOutcome.Offline>(await Calls.CallAsync("CP-NEVER-HERE", "Reset", """{"type":"Hard"}"""u8.ToArray(), CancellationToken.None));

        var station = await ConnectAsync("CP-LEAVING");
        var inFlight = Calls.CallAsync("CP-LEAVING", "Reset", """{"type":"Hard"}"""u8.ToArray(), CancellationToken.None);
        var queued = Calls.CallAsync("CP-LEAVING", "Reset", """{"type":"Soft"}"""u8.ToArray(), CancellationToken.None);
        await ReceiveCallAsync(station);
        station.Abort();
        station.Dispose();

        Assert.IsType<CallOutcome.Offline>(await inFlight.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.IsType<CallOutcome.Offline>(await queued.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    private async Task<ClientWebSocket> ConnectAsync(string stationId)
    {
        var station = StationClient.Create("ocpp1.6");
        await station.ConnectAsync(_host.StationUri(stationId), StationClient.Timeout());
        return station;
    }

    private static async Task<JsonElement> ReceiveCallAsync(ClientWebSocket station)
    {
        var call = JsonDocument.Parse(await station.ReceiveTextAsync()).RootElement;
        Assert.Equal(2, call[0].GetInt32());
        Assert.InRange(call[1].GetString()!.Length, 1, 36);
        return call;
    }
}
