using System.Diagnostics;
using System.Net.WebSockets;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Hosting;

/// <summary>SIGTERM as an orchestrator sends it: sessions are closed with 1001 and the process leaves on time.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task Sigterm_closes_station_sessions_with_1001_going_away_and_the_host_exits_cleanly()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("Host__ShutdownTimeoutSeconds", "30")));
        using var v16 = await StationClient.ConnectAsync(host, "CP-STOP-16", "ocpp1.6");
        using var v201 = await StationClient.ConnectAsync(host, "CP-STOP-201", "ocpp2.0.1");

        host.Terminate();

        foreach (var station in new[] { v16, v201 })
        {
            var result = await station.ReceiveAsync(new byte[256], StationClient.Timeout());
            Assert.Equal(WebSocketMessageType.Close, result.MessageType);
            Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, station.CloseStatus);
            await station.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", StationClient.Timeout());
        }

        Assert.Equal(0, await host.WaitForExitAsync(TimeSpan.FromSeconds(25)));
        Assert.Contains(host.StandardOutput, line => line.Contains("Station CP-STOP-16 disconnected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_station_that_never_answers_the_close_cannot_hold_the_host_past_its_shutdown_timeout()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("Host__ShutdownTimeoutSeconds", "2")));
        // This station never reads, so it never answers the server's Close frame.
        using var silent = await StationClient.ConnectAsync(host, "CP-SILENT", "ocpp1.6");

        var stopping = Stopwatch.StartNew();
        host.Terminate();

        Assert.Equal(0, await host.WaitForExitAsync(TimeSpan.FromSeconds(20)));
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(15), $"The host took {stopping.Elapsed} to stop with a 2 s shutdown timeout.");
    }
}
