using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OcppCsms.SharedKernel.Persistence;

/// <summary>
/// Per-connection SQLite settings. busy_timeout lets concurrent writers (module contexts, batch writers) wait for
/// the single write lock instead of failing with SQLITE_BUSY. WAL lets readers run beside the writer; it is a
/// property of the file, so it is switched on once per process.
/// </summary>
internal sealed class SqliteConnectionSetup(int busyTimeoutMilliseconds) : DbConnectionInterceptor
{
    private int _walEnsured;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand CreateCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = Interlocked.Exchange(ref _walEnsured, 1) == 0
            ? $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA journal_mode = WAL;"
            : $"PRAGMA busy_timeout = {busyTimeoutMilliseconds};";
        return command;
    }
}
