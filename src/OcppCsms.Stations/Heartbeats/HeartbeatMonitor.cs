using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.SharedKernel.Events;
using OcppCsms.Stations.Boot;

namespace OcppCsms.Stations.Heartbeats;

/// <summary>
/// Marks connected stations offline when they send nothing for <c>Ocpp:OfflineAfterSeconds</c> (a heartbeat is due every
/// interval, OCPP 1.6 §4.6 and 2.0.1 G02, and any other frame counts as well). It reads the sessions' in-memory
/// last-seen times only — no database read per station per round — and publishes HeartbeatMissed once per outage. The
/// socket is left open: the WebSocket keepalive (<c>Ocpp:PingIntervalSeconds</c>) already ends connections that are
/// dead, which publishes StationDisconnected; one that still answers pings can still be sent commands (ADR 0018).
/// </summary>
internal sealed partial class HeartbeatMonitor(
    IStationSessions sessions, StationLiveness liveness, IEventPublisher events, IOptions<LivenessOptions> options, IOptions<BootOptions> boot,
    TimeProvider clock, ILogger<HeartbeatMonitor> logger) : BackgroundService
{
    /// <summary>Rounds per offline period: a silent station is marked within a quarter of it, more often is wasted work.</summary>
    private const int RoundsPerPeriod = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var offlineAfter = options.Value.OfflineAfter(boot.Value);
        using var timer = new PeriodicTimer(offlineAfter / RoundsPerPeriod, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Check(offlineAfter);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the marks live in memory only and end with the host.
        }
    }

    private void Check(TimeSpan offlineAfter)
    {
        foreach (var (stationId, silentAfter) in liveness.Silent)
        {
            var session = sessions.Find(stationId);
            if (session is null || session.LastSeenAt > silentAfter)
            {
                liveness.Clear(stationId);
                if (session is not null)
                {
                    LogRecovered(logger, stationId, session.LastSeenAt);
                }
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var stationId in sessions.ConnectedStationIds())
        {
            if (sessions.Find(stationId) is { } session && now - session.LastSeenAt >= offlineAfter && liveness.MarkSilent(stationId, session.LastSeenAt))
            {
                LogOffline(logger, stationId, session.LastSeenAt);
                events.Publish(CsmsEventTypes.HeartbeatMissed, stationId, new Dictionary<string, object?>
                {
                    ["lastSeenAt"] = session.LastSeenAt,
                    ["offlineAfterSeconds"] = offlineAfter.TotalSeconds,
                });
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Station {StationId} is connected but sent nothing since {LastSeenAt}; marked offline")]
    private static partial void LogOffline(ILogger logger, string stationId, DateTime lastSeenAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Station {StationId} is online again (a frame at {LastSeenAt})")]
    private static partial void LogRecovered(ILogger logger, string stationId, DateTime lastSeenAt);
}
