using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.IntegrationTests.Database;

/// <summary>
/// The hand-written migrations must build exactly the schema the EF model describes (docs/adr/0004): tables,
/// columns, types, nullability, indexes and constraints, on both providers.
/// </summary>
public abstract class SchemaTests
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [DatabaseFact]
    public async Task Migrations_build_the_schema_that_the_model_describes()
    {
        await using var migrated = await CreateDatabaseAsync();
        await using var created = await CreateDatabaseAsync();
        await using var host = new InProcessHost(migrated);
        var services = host.Services;

        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var modules = services.GetServices<ModuleDatabase>().ToList();
        foreach (var module in modules)
        {
            await using var context = module.CreateContext(services);
            context.Database.SetConnectionString(created.ConnectionString);
            await context.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
        }

        var expected = await SchemaReader.ReadAsync(created);
        var actual = await SchemaReader.ReadAsync(migrated);

        Assert.Contains(modules, m => m.Module == "identity");
        Assert.Contains("table identity_users", expected);
        Assert.Contains(modules, m => m.Module == "stations");
        Assert.Contains("table stations", expected);
        Assert.Contains(modules, m => m.Module == "smartcharging");
        Assert.Contains("table charging_profiles", expected);
        Assert.Contains(modules, m => m.Module == "authorization");
        Assert.Contains("table reservations", expected);
        Assert.Contains(modules, m => m.Module == "transactions");
        Assert.Contains("table transactions", expected);
        Assert.Contains(modules, m => m.Module == "billing");
        Assert.Contains("table tariff_versions", expected);
        Assert.Contains("table cdrs", expected);
        Assert.Contains("table billing_failures", expected);
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"Migrated schema differs from the model.\nIn the model, not migrated:\n  {string.Join("\n  ", missing)}\nMigrated, not in the model:\n  {string.Join("\n  ", extra)}");
    }

    [DatabaseFact]
    public async Task Every_module_records_its_migrations_in_its_own_history_table()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = new InProcessHost(database);
        var services = host.Services;
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        foreach (var module in services.GetServices<ModuleDatabase>())
        {
            await using var context = module.CreateContext(services);
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            await context.Database.OpenConnectionAsync();
            var recorded = await DbQuery.ListAsync(context.Database.GetDbConnection(),
                $"SELECT \"MigrationId\" FROM \"{module.MigrationsHistoryTable}\"", r => r.GetString(0));
            Assert.NotEmpty(recorded);
            Assert.Equal(context.Database.GetMigrations().Order(), recorded.Order());
        }
    }
}

public sealed class SqliteSchemaTests : SchemaTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresSchemaTests(PostgresServer server) : SchemaTests, IUsesPostgres
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();
}
