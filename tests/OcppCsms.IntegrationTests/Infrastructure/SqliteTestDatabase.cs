using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>A <c>csms.db</c> in <paramref name="directory"/> (a new temp folder by default); the folder goes when disposed.</summary>
internal sealed class SqliteTestDatabase(string? directory = null) : TestDatabase
{
    private readonly string _directory = directory ?? Directory.CreateTempSubdirectory("csms-sqlite-").FullName;

    public string FilePath => Path.Combine(_directory, "csms.db");

    public override string Provider => "Sqlite";

    public override string ConnectionString => $"Data Source={FilePath}";

    public override DbConnection CreateConnection() => new SqliteConnection(ConnectionString);

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
