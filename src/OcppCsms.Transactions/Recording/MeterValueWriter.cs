using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.Transactions.Model;
using OcppCsms.Transactions.Persistence;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// Stores meter-values messages in group commits (ARCHITECTURE "Data"): a message is acknowledged only once the batch
/// holding it is committed. Each batch resolves the station transaction ids it names in one query (which also reads the
/// latest readings the data flags are judged against), inserts every sampled value in bulk (no change tracking), and
/// moves the latest energy reading, the last activity and the suspicious-data flags of every transaction it touches in
/// one batched update — all in one database transaction. A
/// message naming a transaction id this CSMS does not know is stored unlinked (OCPP 1.6 §4.7 allows no refusal), and one
/// naming none (2.0.1 MeterValues, J01: never part of a transaction) is stored unlinked with its EVSE.
/// </summary>
internal sealed partial class MeterValueWriter(
    IDbContextFactory<TransactionsDbContext> contexts, IOptions<TransactionOperationsOptions> options, PersistenceMetrics metrics,
    ILogger<MeterValueWriter> logger)
    : GroupCommitWriter<TransactionsDbContext, MeterReport>(contexts, metrics, logger, capacity: 10_000, maxBatch: 500)
{
    protected override string Name => "meter values";

    protected override async Task CommitAsync(TransactionsDbContext db, IReadOnlyList<MeterReport> items, CancellationToken cancellationToken)
    {
        var named = items.Where(r => r.StationTransactionId is not null).ToList();
        var stationIds = named.Select(r => r.StationId).Distinct().ToList();
        var transactionIds = named.Select(r => r.StationTransactionId!).Distinct().ToList();
        var known = named.Count == 0
            ? []
            : await db.Transactions.AsNoTracking()
                .Where(t => stationIds.Contains(t.StationId) && transactionIds.Contains(t.StationTransactionId))
                .Select(t => new { t.Id, t.StationId, t.StationTransactionId, t.LatestEnergyWh, t.LatestEnergyAt })
                .ToDictionaryAsync(
                    t => (t.StationId, t.StationTransactionId),
                    t => (t.Id, Latest: t.LatestEnergyWh is { } wh && t.LatestEnergyAt is { } at ? new EnergyReading(wh, at) : (EnergyReading?)null),
                    cancellationToken);

        var touched = new Dictionary<long, TransactionActivity>();
        var rows = new List<MeterSample>(items.Count * 10);
        foreach (var report in items)
        {
            long? transactionId = null;
            if (report.StationTransactionId is { } stationTransactionId)
            {
                if (known.TryGetValue((report.StationId, stationTransactionId), out var stored))
                {
                    var id = stored.Id;
                    transactionId = id;
                    // Suspicious data is judged against the latest reading stored before this batch, read by the query above.
                    var flags = DataFlags.Timestamps(report.Samples.Select(s => s.SampledAt), report.ReceivedAt)
                        | DataFlags.Energy(EnergyRegister.Readings(report.Samples), stored.Latest, options.Value.MaxPlausiblePowerKw);
                    touched[id] = touched.TryGetValue(id, out var kept)
                        ? new TransactionActivity(id, EnergyRegister.Later(kept.Newest, EnergyRegister.Newest(report.Samples)),
                            report.ReceivedAt > kept.ReceivedAt ? report.ReceivedAt : kept.ReceivedAt, kept.Flags | flags)
                        : new TransactionActivity(id, EnergyRegister.Newest(report.Samples), report.ReceivedAt, flags);
                }
                else
                {
                    LogUnknownTransaction(logger, report.StationId, stationTransactionId);
                }
            }

            rows.AddRange(SampleRows.Create(
                report.StationId, report.ConnectorId, report.EvseId, report.StationTransactionId, transactionId, report.ReceivedAt, report.Samples));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BulkInsert.InsertAsync(db, rows, cancellationToken);
        await LatestEnergy.KeepActivitiesAsync(db, [.. touched.Values], cancellationToken);

        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Meter values from station {StationId} name transaction {TransactionId}, which is unknown; stored without a transaction")]
    private static partial void LogUnknownTransaction(ILogger logger, string stationId, string transactionId);
}
