using System.Data.Common;
using Npgsql;

namespace OcppCsms.IntegrationTests.Infrastructure;

internal sealed class PostgresTestDatabase(PostgresServer server, string name, string connectionString) : TestDatabase
{
    public string Name { get; } = name;

    public override string Provider => "Postgres";

    public override string ConnectionString { get; } = connectionString;

    public override DbConnection CreateConnection() => new NpgsqlConnection(ConnectionString);

    /// <summary>Drops the database under a running host, which is what "the database went away" looks like to it.</summary>
    public Task DropAsync() => server.ExecuteAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await DropAsync();
    }
}
