using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OcppCsms.Stations.Registry;

/// <summary>
/// Reads the registered stations into <see cref="StationSnapshots"/> in one query once the host has started, so that
/// the reconnect storm after a restart (every station at once) finds them in memory instead of costing one database
/// read per connection. In the background, not a start-up task: readiness does not wait for it, and a station that
/// connects first is read on its own as before. A failure only leaves the cache to fill itself.
/// </summary>
internal sealed partial class StationSnapshotsWarmUp(StationSnapshots snapshots, ILogger<StationSnapshotsWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Task.Run: with SQLite the query runs synchronously, and it must not hold up the host's start.
            var loaded = await Task.Run(() => snapshots.LoadAsync(stoppingToken), stoppingToken);
            LogLoaded(logger, loaded);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(logger, e);
        }
        catch (OperationCanceledException)
        {
            // Stopping before it finished: nothing to keep.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} registered stations read into memory for the upgrade check and the boot answer")]
    private static partial void LogLoaded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the registered stations into memory; each is read at its first connection instead")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
