using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations.Events;

/// <summary>
/// Keeps the events of a NotifyEvent message, all in one write. A report in several parts (tbc, seqNo) is kept part by
/// part as it arrives, each event with its part's generatedAt and seqNo: nothing waits for the last part, so a lost
/// part loses only its own events.
/// </summary>
internal sealed partial class StationEventLog(IDbContextFactory<StationsDbContext> contexts, ILogger<StationEventLog> logger)
{
    public async Task RecordAsync(string stationId, IReadOnlyList<StationEvent> events, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.StationEvents.AddRange(events);
        await db.SaveChangesAsync(cancellationToken);
        LogRecorded(logger, events.Count, stationId, events[0].SeqNo, events[0].Tbc);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Kept {Count} events of station {StationId} (part {SeqNo}, more to come: {Tbc})")]
    private static partial void LogRecorded(ILogger logger, int count, string stationId, int seqNo, bool tbc);
}
