using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcppCsms.SharedKernel.Events;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations.Connectors;

/// <summary>
/// Stores StatusNotifications in group commits (ARCHITECTURE "Data"): a notification is answered only once the batch
/// holding it is committed, and a burst of them costs one commit. Every notification goes to the history; a connector's
/// current status moves only to a report at least as new as the one it holds, so a notification delivered late (queued
/// while the station was offline) does not overwrite a newer status. StatusChanged is published, after the commit, for
/// each notification that moved a current status.
/// </summary>
internal sealed class StatusWriter(IDbContextFactory<StationsDbContext> contexts, IEventPublisher events, PersistenceMetrics metrics, ILogger<StatusWriter> logger)
    : GroupCommitWriter<StationsDbContext, StatusHistoryEntry>(contexts, metrics, logger, capacity: 10_000, maxBatch: 500)
{
    protected override string Name => "status notifications";

    protected override async Task CommitAsync(StationsDbContext db, IReadOnlyList<StatusHistoryEntry> items, CancellationToken cancellationToken)
    {
        var stationIds = items.Select(entry => entry.StationId).Distinct().ToList();
        var current = await db.ConnectorStatuses.Where(c => stationIds.Contains(c.StationId))
            .ToDictionaryAsync(c => (c.StationId, c.EvseId, c.ConnectorId), cancellationToken);
        var moved = new List<StatusHistoryEntry>();
        foreach (var entry in items)
        {
            entry.Id = Guid.CreateVersion7(new DateTimeOffset(entry.ReceivedAt, TimeSpan.Zero));
            db.StatusHistory.Add(entry);
            var key = (entry.StationId, entry.EvseId, entry.ConnectorId);
            if (!current.TryGetValue(key, out var status))
            {
                current[key] = db.ConnectorStatuses.Add(ConnectorStatus.From(entry)).Entity;
                moved.Add(entry);
            }
            else if (status.Take(entry))
            {
                moved.Add(entry);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var entry in moved)
        {
            events.Publish(CsmsEventTypes.StatusChanged, entry.StationId, new Dictionary<string, object?>
            {
                ["evseId"] = entry.EvseId,
                ["connectorId"] = entry.ConnectorId,
                ["status"] = entry.Status,
                ["errorCode"] = entry.ErrorCode,
                ["timestamp"] = entry.Timestamp,
            });
        }
    }
}
