using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.SharedKernel.Persistence;

/// <summary>Applies, or checks, every module's migrations, each module with its own history table.</summary>
public sealed partial class DatabaseMigrator(
    IEnumerable<ModuleDatabase> modules,
    IServiceProvider services,
    DatabaseConfigurator database,
    ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        LogMigrating(logger, database.Description);
        foreach (var module in modules)
        {
            await using var context = module.CreateContext(services);
            var pending = (await Reach(() => context.Database.GetPendingMigrationsAsync(cancellationToken))).ToList();
            if (pending.Count == 0)
            {
                continue;
            }

            // EF Core takes a database-wide migration lock, so two nodes starting together do not race.
            await Reach(async () =>
            {
                await context.Database.MigrateAsync(cancellationToken);
                return true;
            });
            LogApplied(logger, module.Module, string.Join(", ", pending));
        }
    }

    /// <summary>For <c>Database:MigrateOnStart=false</c>: refuse to start on a schema older than the code.</summary>
    public async Task EnsureUpToDateAsync(CancellationToken cancellationToken)
    {
        var behind = new List<string>();
        foreach (var module in modules)
        {
            await using var context = module.CreateContext(services);
            var pending = await Reach(() => context.Database.GetPendingMigrationsAsync(cancellationToken));
            behind.AddRange(pending.Select(migration => $"{module.Module}/{migration}"));
        }

        if (behind.Count > 0)
        {
            throw new StartupException(
                $"The database schema is behind this version ({behind.Count} pending migrations: {string.Join(", ", behind)}) " +
                "and Database:MigrateOnStart is false. Run the host once with --migrate-only, or set Database:MigrateOnStart=true.");
        }
    }

    private async Task<T> Reach<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (DbException e)
        {
            throw new StartupException($"Cannot use the database ({database.Description}): {e.Message}", e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database: {Database}")]
    private static partial void LogMigrating(ILogger logger, string database);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migrations of module {Module}: {Migrations}")]
    private static partial void LogApplied(ILogger logger, string module, string migrations);
}
