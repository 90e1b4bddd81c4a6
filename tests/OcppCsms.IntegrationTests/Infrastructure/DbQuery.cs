using System.Data.Common;

namespace OcppCsms.IntegrationTests.Infrastructure;

internal static class DbQuery
{
    public static async Task<List<T>> ListAsync<T>(TestDatabase database, string sql, Func<DbDataReader, T> read)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        return await ListAsync(connection, sql, read);
    }

    public static async Task<List<T>> ListAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
