using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.IntegrationTests.Database;

/// <summary>
/// <see cref="BulkInsert"/> must store rows exactly as EF's SaveChanges stores them — same table, columns and stored
/// format for every column type the hot paths use — so that reads and comparisons through EF see no difference.
/// </summary>
public abstract class BulkInsertTests
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    private protected abstract DbContextOptions<BulkRowsDbContext> Options(TestDatabase database);

    [DatabaseFact]
    public async Task Rows_are_stored_as_SaveChanges_stores_them()
    {
        await using var database = await CreateDatabaseAsync();
        await using (var db = new BulkRowsDbContext(Options(database)))
        {
            await db.Database.EnsureCreatedAsync();
            // More rows than one SQLite statement holds, and not a multiple of it: full chunks and a remainder.
            var rows = Enumerable.Range(0, 75).Select(Row).ToList();
            await BulkInsert.InsertAsync(db, rows, CancellationToken.None);
            db.Rows.AddRange(Enumerable.Range(0, 75).Select(Row));
            await db.SaveChangesAsync();
        }

        await using var read = new BulkRowsDbContext(Options(database));
        var stored = await read.Rows.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(150, stored.Count);
        var bulk = stored.Take(75).ToList();
        var saved = stored.Skip(75).ToList();
        Assert.Equal(Enumerable.Range(0, 75).Select(i => Row(i).Text), bulk.Select(r => r.Text));
        for (var i = 0; i < 75; i++)
        {
            Assert.Equivalent(saved[i] with { Id = 0 }, bulk[i] with { Id = 0 }, strict: true);
            Assert.Equivalent(Row(i) with { At = Row(i).At.ToUniversalTime() }, bulk[i] with { Id = 0 }, strict: true);
        }

        // The stored text of every column, compared raw: what SQL comparisons and indexes see.
        var raw = await DbQuery.ListAsync(database, "SELECT * FROM bulk_rows ORDER BY id", reader =>
            string.Join('|', Enumerable.Range(1, reader.FieldCount - 1).Select(c => reader.IsDBNull(c)
                ? "NULL"
                : Convert.ToString(reader.GetValue(c), CultureInfo.InvariantCulture) + ":" + reader.GetValue(c).GetType().Name)));
        Assert.Equal(raw.Skip(75), raw.Take(75));
    }

    [DatabaseFact]
    public async Task Rows_are_part_of_the_contexts_transaction()
    {
        await using var database = await CreateDatabaseAsync();
        await using var db = new BulkRowsDbContext(Options(database));
        await db.Database.EnsureCreatedAsync();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await BulkInsert.InsertAsync(db, [Row(1), Row(2)], CancellationToken.None);
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await db.Rows.CountAsync());
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await BulkInsert.InsertAsync(db, [Row(3)], CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.Equal(["row 3"], await db.Rows.Select(r => r.Text).ToListAsync());
    }

    private static BulkRow Row(int i) => new()
    {
        Text = $"row {i}",
        OptionalText = i % 3 == 0 ? null : $"optional {i}",
        Number = i,
        OptionalNumber = i % 2 == 0 ? null : -i,
        Large = long.MaxValue - i,
        OptionalLarge = i % 2 == 0 ? i * 1_000_000_000L : null,
        // Local times are stored as UTC, as the model's converter does for SaveChanges; PostgreSQL keeps microseconds.
        At = i % 4 == 0
            ? new DateTime(2026, 11, 22, 1, 2, 3, DateTimeKind.Local).AddMicroseconds(i)
            : new DateTime(2026, 11, 22, 1, 2, 3, DateTimeKind.Utc).AddMicroseconds(123_457 * i),
        OptionalAt = i % 2 == 0 ? null : new DateTime(2010, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i),
        Key = new Guid(i, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
        OptionalKey = i % 2 == 0 ? null : Guid.Parse("0197a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b"),
        Flag = i % 2 == 0,
        Amount = (i * 1.25m) - 10.5m,
        OptionalAmount = i % 2 == 0 ? null : 123456789.000001m * i,
        Kind = (BulkRowKind)(i % 3),
        Named = (BulkRowKind)(i % 3),
    };
}

public sealed class SqliteBulkInsertTests : BulkInsertTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());

    private protected override DbContextOptions<BulkRowsDbContext> Options(TestDatabase database) =>
        new DbContextOptionsBuilder<BulkRowsDbContext>().UseSqlite(database.ConnectionString).Options;
}

public sealed class PostgresBulkInsertTests(PostgresServer server) : BulkInsertTests, IUsesPostgres
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();

    private protected override DbContextOptions<BulkRowsDbContext> Options(TestDatabase database) =>
        new DbContextOptionsBuilder<BulkRowsDbContext>().UseNpgsql(database.ConnectionString).Options;
}

internal sealed class BulkRowsDbContext(DbContextOptions<BulkRowsDbContext> options) : ModuleDbContext(options)
{
    public DbSet<BulkRow> Rows => Set<BulkRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<BulkRow>(row =>
        {
            row.ToTable("bulk_rows");
            row.HasKey(r => r.Id);
            row.Property(r => r.Text).HasMaxLength(20);
            row.Property(r => r.Amount).HasPrecision(18, 6);
            row.Property(r => r.OptionalAmount).HasPrecision(24, 6);
            row.Property(r => r.Named).HasConversion<string>().HasMaxLength(10);
        });
}

internal enum BulkRowKind
{
    None,
    Some,
    Other,
}

/// <summary>Every column type the bulk-inserted rows use (ids, text, numbers, UTC times, GUIDs, flags, decimals, enums), each also nullable.</summary>
internal sealed record BulkRow
{
    public long Id { get; init; }

    public required string Text { get; init; }

    public string? OptionalText { get; init; }

    public int Number { get; init; }

    public int? OptionalNumber { get; init; }

    public long Large { get; init; }

    public long? OptionalLarge { get; init; }

    public DateTime At { get; init; }

    public DateTime? OptionalAt { get; init; }

    public Guid Key { get; init; }

    public Guid? OptionalKey { get; init; }

    public bool Flag { get; init; }

    public decimal Amount { get; init; }

    public decimal? OptionalAmount { get; init; }

    public BulkRowKind Kind { get; init; }

    public BulkRowKind Named { get; init; }
}
