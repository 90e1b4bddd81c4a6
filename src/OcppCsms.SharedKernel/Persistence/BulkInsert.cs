using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace OcppCsms.SharedKernel.Persistence;

/// <summary>
/// Inserts many rows of one entity type without change tracking, for the hot write paths (meter values, the message
/// log): EF Core's <c>SaveChanges</c> spends most of a large batch tracking entities it will never see again. Table,
/// columns and value conversions come from the context's model, so the rows are stored exactly as <c>SaveChanges</c>
/// would store them and read back through EF unchanged. PostgreSQL takes them by binary <c>COPY</c>; SQLite by one
/// prepared multi-row <c>INSERT</c> re-used for every full chunk. The insert joins the context's current transaction, or
/// runs in one of its own, so the rows are stored all or none. Store-generated keys (identity columns) are left to the
/// database and not read back.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAsync<TRow>(DbContext context, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
        where TRow : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = BulkTable.For(context, typeof(TRow));
        if (context.Database.CurrentTransaction is { } current)
        {
            await InsertAsync(context.Database.GetDbConnection(), current.GetDbTransaction(), table, rows, cancellationToken);
            return;
        }

        await using var own = await context.Database.BeginTransactionAsync(cancellationToken);
        await InsertAsync(context.Database.GetDbConnection(), own.GetDbTransaction(), table, rows, cancellationToken);
        await own.CommitAsync(cancellationToken);
    }

    private static Task InsertAsync<TRow>(
        DbConnection connection, DbTransaction transaction, BulkTable table, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
        where TRow : class =>
        connection is NpgsqlConnection npgsql
            ? CopyAsync(npgsql, table, rows, cancellationToken)
            : InsertChunksAsync(connection, transaction, table, rows, cancellationToken);

    private static async Task CopyAsync<TRow>(NpgsqlConnection connection, BulkTable table, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
        where TRow : class
    {
        await using var importer = await connection.BeginBinaryImportAsync(table.CopyCommand, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in table.Columns)
            {
                if (column.ProviderValue(row) is { } value)
                {
                    await importer.WriteAsync(value, column.StoreTypeName, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static async Task InsertChunksAsync<TRow>(
        DbConnection connection, DbTransaction transaction, BulkTable table, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
        where TRow : class
    {
        var chunk = Math.Min(rows.Count, table.RowsPerStatement);
        DbCommand? command = null;
        try
        {
            for (var start = 0; start < rows.Count; start += chunk)
            {
                var count = Math.Min(chunk, rows.Count - start);
                if (command is null || count != chunk)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = table.CreateInsert(connection, transaction, count);
                }

                var parameter = 0;
                for (var i = start; i < start + count; i++)
                {
                    foreach (var column in table.Columns)
                    {
                        command.Parameters[parameter++].Value = column.ProviderValue(rows[i]) ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }
}
