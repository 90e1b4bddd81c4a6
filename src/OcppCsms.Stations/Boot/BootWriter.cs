using System.Data;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations.Boot;

/// <summary>
/// Stores BootNotifications in group commits (ARCHITECTURE "Data"): a boot is answered only once the batch holding it
/// is committed, and a reconnect storm of thousands of stations costs one write transaction per batch instead of one
/// per station. Each batch is an upsert of the boot rows (INSERT … ON CONFLICT (station_id) DO UPDATE, which SQLite and
/// PostgreSQL read alike, so no "was there an earlier boot?" read) and one UPDATE that puts the batch's stations'
/// configuration keys waiting for a reboot into effect (OCPP 1.6 §5.3 RebootRequired), which finds nothing to change
/// for the usual station that has none. A station that boots twice within one batch keeps its later boot: an upsert
/// may touch a row only once per statement.
/// </summary>
internal sealed class BootWriter(IDbContextFactory<StationsDbContext> contexts, PersistenceMetrics metrics, ILogger<BootWriter> logger)
    : GroupCommitWriter<StationsDbContext, StationBoot>(contexts, metrics, logger, capacity: 10_000, maxBatch: 500)
{
    /// <summary>Rows per statement: 13 parameters each, far within SQLite's 32,766 and PostgreSQL's 65,535 parameters.</summary>
    private const int ChunkSize = 200;

    private static readonly (string Property, Func<StationBoot, object?> Value)[] Columns =
    [
        (nameof(StationBoot.StationId), b => b.StationId),
        (nameof(StationBoot.Protocol), b => b.Protocol),
        (nameof(StationBoot.Reason), b => b.Reason),
        (nameof(StationBoot.Vendor), b => b.Vendor),
        (nameof(StationBoot.Model), b => b.Model),
        (nameof(StationBoot.SerialNumber), b => b.SerialNumber),
        (nameof(StationBoot.ChargeBoxSerialNumber), b => b.ChargeBoxSerialNumber),
        (nameof(StationBoot.FirmwareVersion), b => b.FirmwareVersion),
        (nameof(StationBoot.Iccid), b => b.Iccid),
        (nameof(StationBoot.Imsi), b => b.Imsi),
        (nameof(StationBoot.MeterType), b => b.MeterType),
        (nameof(StationBoot.MeterSerialNumber), b => b.MeterSerialNumber),
        (nameof(StationBoot.BootedAt), b => DateTime.SpecifyKind(b.BootedAt, DateTimeKind.Utc)),
    ];

    protected override string Name => "boot notifications";

    protected override async Task CommitAsync(StationsDbContext db, IReadOnlyList<StationBoot> items, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<string, StationBoot>(StringComparer.Ordinal);
        foreach (var boot in items)
        {
            latest[boot.StationId] = boot;
        }

        var stationIds = latest.Keys.ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var upsert = Upsert(db);
        // A null has no CLR type for EF to map, so it goes as a typed provider parameter (every nullable column is text).
        await using var nulls = db.Database.GetDbConnection().CreateCommand();
        object Parameter(object? value)
        {
            if (value is not null)
            {
                return value;
            }

            var parameter = nulls.CreateParameter();
            parameter.DbType = DbType.String;
            parameter.Value = DBNull.Value;
            return parameter;
        }

        foreach (var chunk in latest.Values.Chunk(ChunkSize))
        {
            await db.Database.ExecuteSqlRawAsync(upsert(chunk.Length), chunk.SelectMany(b => Columns.Select(c => Parameter(c.Value(b)))).ToArray(), cancellationToken);
        }

        await db.ConfigurationKeys.Where(k => k.RebootRequired && stationIds.Contains(k.StationId))
            .ExecuteUpdateAsync(keys => keys.SetProperty(k => k.RebootRequired, false), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// INSERT INTO station_boots (station_id, …) VALUES ({0}, …), … ON CONFLICT (station_id) DO UPDATE SET protocol =
    /// excluded.protocol, …: the names come from the model, so a renamed column cannot be missed.
    /// </summary>
    private static Func<int, string> Upsert(StationsDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(StationBoot))!;
        var names = Columns.Select(c => entity.FindProperty(c.Property)!.GetColumnName()).ToArray();
        var key = names[0];
        var head = $"INSERT INTO {entity.GetTableName()} ({string.Join(", ", names)}) VALUES ";
        var tail = $" ON CONFLICT ({key}) DO UPDATE SET {string.Join(", ", names.Skip(1).Select(n => $"{n} = excluded.{n}"))}";
        return rows =>
        {
            var sql = new StringBuilder(head);
            for (var row = 0; row < rows; row++)
            {
                sql.Append(row == 0 ? "(" : ", (")
                    .AppendJoin(", ", Enumerable.Range(row * names.Length, names.Length).Select(i => $"{{{i}}}"))
                    .Append(')');
            }

            return sql.Append(tail).ToString();
        };
    }
}
