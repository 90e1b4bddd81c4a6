using System.Data.Common;

namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>
/// Reads a database's schema as sorted lines (tables, columns with type and nullability, indexes, constraints) so two
/// schemas can be compared and their difference printed. Migration history tables (<c>__*</c>) are left out.
/// </summary>
internal static class SchemaReader
{
    public static async Task<IReadOnlyList<string>> ReadAsync(TestDatabase database)
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        return database.Provider == "Sqlite" ? await ReadSqliteAsync(connection) : await ReadPostgresAsync(connection);
    }

    private static async Task<IReadOnlyList<string>> ReadSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await DbQuery.ListAsync(connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'",
            r => r.GetString(0));
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            lines.AddRange(await DbQuery.ListAsync(connection, $"PRAGMA table_info('{table}')",
                r => $"column {table}.{r.GetString(1)} {r.GetString(2)} {(r.GetInt32(3) == 1 ? "NOT NULL" : "NULL")} pk={r.GetInt32(5)} default={(r.IsDBNull(4) ? "-" : r.GetString(4))}"));
            lines.AddRange(await DbQuery.ListAsync(connection, $"PRAGMA foreign_key_list('{table}')",
                r => $"foreign key {table}.{r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} on delete {r.GetString(6)}"));
            var indexes = await DbQuery.ListAsync(connection, $"PRAGMA index_list('{table}')",
                r => (Name: r.GetString(1), Unique: r.GetInt32(2) == 1, Origin: r.GetString(3)));
            foreach (var index in indexes)
            {
                var columns = await DbQuery.ListAsync(connection, $"PRAGMA index_info('{index.Name}')", r => r.GetString(2));
                lines.Add($"index {table}.{index.Name} unique={index.Unique} origin={index.Origin} ({string.Join(", ", columns)})");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<IReadOnlyList<string>> ReadPostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        lines.AddRange(await DbQuery.ListAsync(connection,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '\\_\\_%'",
            r => $"table {r.GetString(0)}"));
        lines.AddRange(await DbQuery.ListAsync(connection,
            """
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, '-'), coalesce(numeric_precision::text, '-'),
                   coalesce(numeric_scale::text, '-'), is_nullable, coalesce(column_default, '-'), is_identity, coalesce(identity_generation, '-')
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_%'
            """,
            r => $"column {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetString(3)},{r.GetString(4)},{r.GetString(5)}) " +
                 $"{(r.GetString(6) == "YES" ? "NULL" : "NOT NULL")} default={r.GetString(7)} identity={r.GetString(8)}/{r.GetString(9)}"));
        lines.AddRange(await DbQuery.ListAsync(connection,
            "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\\_\\_%'",
            r => $"index {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}"));
        lines.AddRange(await DbQuery.ListAsync(connection,
            """
            SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
            FROM pg_constraint c WHERE c.connamespace = 'public'::regnamespace AND c.conrelid::regclass::text NOT LIKE '\_\_%'
            """,
            r => $"constraint {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
