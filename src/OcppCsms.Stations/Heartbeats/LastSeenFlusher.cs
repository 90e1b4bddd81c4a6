using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.SharedKernel.Events;
using OcppCsms.Stations.Persistence;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.Heartbeats;

/// <summary>
/// Keeps the stations' last-seen times in the database without a write per message (heartbeats included, OCPP 1.6
/// §4.6): the sessions hold them in memory, and every <c>Ocpp:LastSeenFlushSeconds</c> this writes the ones that
/// changed, all in one transaction, one UPDATE per <see cref="ChunkSize"/> stations. A station's final time comes with
/// its StationDisconnected event, so the row keeps its true last sign of life; a last flush runs on shutdown.
/// </summary>
internal sealed partial class LastSeenFlusher(
    IStationSessions sessions, IEventSubscriptions subscriptions, IDbContextFactory<StationsDbContext> contexts, IOptions<StationsOptions> options,
    TimeProvider clock, ILogger<LastSeenFlusher> logger) : BackgroundService
{
    private const int ChunkSize = 500;

    // Disconnections waiting for the next flush; far more than a flush interval brings, or the subscription is renewed.
    private const int DisconnectionBuffer = 50_000;
    private static readonly EventFilter Disconnections = new(null, [CsmsEventTypes.StationDisconnected]);

    // Touched by the flushing loop only.
    private Dictionary<string, DateTime> _flushed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTime> _unwritten = new(StringComparer.Ordinal);
    private EventSubscription? _disconnections;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _disconnections = subscriptions.Subscribe(nameof(LastSeenFlusher), Disconnections, DisconnectionBuffer);
        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.LastSeenFlushSeconds), clock);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the sessions have been closed by now, their disconnections are waiting for the last flush, which
            // the database's command timeout and the host's shutdown timeout bound.
        }

        await FlushAsync(CancellationToken.None);
        _disconnections.Dispose();
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        TakeDisconnections();
        var connected = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        foreach (var id in sessions.ConnectedStationIds())
        {
            if (sessions.Find(id) is { } session)
            {
                connected[id] = session.LastSeenAt;
                if (!_flushed.TryGetValue(id, out var flushed) || session.LastSeenAt > flushed)
                {
                    Keep(id, session.LastSeenAt);
                }
            }
        }

        if (_unwritten.Count > 0)
        {
            try
            {
                await WriteAsync(_unwritten.ToList(), cancellationToken);
                _unwritten.Clear();
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Kept for the next flush; the sessions still have the live values meanwhile.
                LogFlushFailed(logger, e, _unwritten.Count);
            }
        }

        _flushed = connected;
    }

    /// <summary>The final last-seen times of the sessions that ended since the last flush.</summary>
    private void TakeDisconnections()
    {
        while (_disconnections!.Events.TryRead(out var disconnected))
        {
            if (disconnected.StationId is { } id && disconnected.Data.TryGetValue("lastSeenAt", out var value) && value is DateTime lastSeen)
            {
                Keep(id, lastSeen);
            }
        }

        if (_disconnections.Overflowed)
        {
            LogDisconnectionsMissed(logger, DisconnectionBuffer);
            _disconnections.Dispose();
            _disconnections = subscriptions.Subscribe(nameof(LastSeenFlusher), Disconnections, DisconnectionBuffer);
        }
    }

    private void Keep(string id, DateTime lastSeen)
    {
        if (!_unwritten.TryGetValue(id, out var kept) || lastSeen > kept)
        {
            _unwritten[id] = lastSeen;
        }
    }

    private async Task WriteAsync(IReadOnlyList<KeyValuePair<string, DateTime>> lastSeen, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var station = db.Model.FindEntityType(typeof(Station))!;
        var table = station.GetTableName();
        var id = station.FindProperty(nameof(Station.Id))!.GetColumnName();
        var column = station.FindProperty(nameof(Station.LastSeenAt))!.GetColumnName();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var chunk in lastSeen.Chunk(ChunkSize))
        {
            // UPDATE stations SET last_seen_at = CASE id WHEN {0} THEN {1} ... END WHERE id IN ({0}, ...): one statement per chunk.
            var sql = new StringBuilder($"UPDATE {table} SET {column} = CASE {id}");
            var parameters = new object[chunk.Length * 2];
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append($" WHEN {{{2 * i}}} THEN {{{2 * i + 1}}}");
                parameters[2 * i] = chunk[i].Key;
                parameters[2 * i + 1] = DateTime.SpecifyKind(chunk[i].Value, DateTimeKind.Utc);
            }

            sql.Append($" END WHERE {id} IN (").AppendJoin(", ", Enumerable.Range(0, chunk.Length).Select(i => $"{{{2 * i}}}")).Append(')');
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the last-seen times of {Count} stations; trying again at the next flush")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "More than {Limit} stations disconnected between two last-seen flushes; some keep an earlier last-seen time")]
    private static partial void LogDisconnectionsMissed(ILogger logger, int limit);
}
