using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OcppCsms.SharedKernel.Persistence;

/// <summary>
/// Points every module's DbContext at the one database. Resolved once: the options are validated before anything
/// asks for it, so the provider parses and the connection string is usable.
/// </summary>
public sealed class DatabaseConfigurator
{
    private readonly DatabaseOptions _options;
    private readonly SqliteConnectionSetup? _sqliteSetup;

    public DatabaseConfigurator(IOptions<DatabaseOptions> options)
    {
        _options = options.Value;
        Provider = _options.ProviderKind;
        ConnectionString = DatabaseConnectionString.Normalize(Provider, _options.ConnectionString!);
        if (Provider == DatabaseProvider.Sqlite)
        {
            _sqliteSetup = new SqliteConnectionSetup(_options.SqliteBusyTimeoutMilliseconds);
        }
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A description fit for logs: the file or host and database, never a password.</summary>
    public string Description => DatabaseConnectionString.Describe(Provider, ConnectionString);

    internal void Configure(DbContextOptionsBuilder builder, string migrationsHistoryTable)
    {
        if (_sqliteSetup is not null)
        {
            builder.UseSqlite(ConnectionString, sqlite => sqlite
                .MigrationsHistoryTable(migrationsHistoryTable)
                .CommandTimeout(_options.CommandTimeoutSeconds));
            builder.AddInterceptors(_sqliteSetup);
        }
        else
        {
            builder.UseNpgsql(ConnectionString, npgsql => npgsql
                .MigrationsHistoryTable(migrationsHistoryTable)
                .CommandTimeout(_options.CommandTimeoutSeconds));
        }

        // Migrations are written by hand and have no model snapshot (docs/adr/0004), so EF would always report
        // "pending model changes". The schema test (migrated == EnsureCreated, on both providers) is the real guard.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>
    /// A raw connection for probes. SQLite opens the file afresh (no pool, no create), so a deleted or unreadable
    /// file is reported instead of being recreated empty or hidden behind a pooled handle.
    /// </summary>
    public DbConnection CreateConnection()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            return new NpgsqlConnection(ConnectionString);
        }

        var builder = new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false };
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        return new SqliteConnection(builder.ToString());
    }
}
