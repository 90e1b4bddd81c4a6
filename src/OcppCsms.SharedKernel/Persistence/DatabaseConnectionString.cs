using Microsoft.Data.Sqlite;
using Npgsql;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.SharedKernel.Persistence;

/// <summary>Parses and normalises the one connection string for the configured provider.</summary>
internal static class DatabaseConnectionString
{
    /// <returns>Why the string cannot be used, or null when it can.</returns>
    public static string? Validate(DatabaseProvider provider, string connectionString)
    {
        try
        {
            if (provider == DatabaseProvider.Sqlite)
            {
                var builder = new SqliteConnectionStringBuilder(connectionString);
                return string.IsNullOrWhiteSpace(builder.DataSource) ? "it names no Data Source." : null;
            }

            var npgsql = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(npgsql.Host) ? "it names no Host." : null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// SQLite: resolves a relative file against the working directory (as SQLite itself would), so the log names
    /// the real file, and creates its folder, so that a fresh clone runs with nothing prepared.
    /// </summary>
    public static string Normalize(DatabaseProvider provider, string connectionString)
    {
        if (provider != DatabaseProvider.Sqlite)
        {
            return connectionString;
        }

        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (IsInMemory(builder))
        {
            return connectionString;
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource);
        var folder = Path.GetDirectoryName(builder.DataSource);
        try
        {
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"ConnectionStrings:{DatabaseOptions.ConnectionStringName}: cannot create the folder of the SQLite file {builder.DataSource}: {e.Message}", e);
        }

        return builder.ToString();
    }

    /// <summary>What the log may say about the database: never the password.</summary>
    public static string Describe(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return $"SQLite at {new SqliteConnectionStringBuilder(connectionString).DataSource}";
        }

        var npgsql = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL database '{npgsql.Database}' on {npgsql.Host}:{npgsql.Port} as '{npgsql.Username}'";
    }

    private static bool IsInMemory(SqliteConnectionStringBuilder builder) =>
        builder.Mode == SqliteOpenMode.Memory
        || builder.DataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
        || builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}
