using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace OcppCsms.SharedKernel.Persistence;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>The one database every module shares: options, provider selection, migrator and probe.</summary>
    public static IHostApplicationBuilder AddDatabase(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .PostConfigure(options => options.ConnectionString =
                configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) is { Length: > 0 } configured
                    ? configured
                    : UsesDefaultProvider(options) ? DatabaseOptions.DefaultSqliteConnectionString : null)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        builder.Services.AddSingleton<DatabaseConfigurator>();
        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddSingleton<DatabaseProbe>();
        builder.Services.AddSingleton<PersistenceMetrics>();
        return builder;
    }

    /// <summary>
    /// Registers a module's DbContext on the shared database, with its own migrations history table
    /// (<c>__{module}_migrations</c>) so that modules migrate independently.
    /// </summary>
    public static IHostApplicationBuilder AddModuleDbContext<TContext>(this IHostApplicationBuilder builder, string module)
        where TContext : ModuleDbContext
    {
        var registration = new ModuleDatabase(module, typeof(TContext),
            services => services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        builder.Services.AddDbContextFactory<TContext>((services, options) =>
            services.GetRequiredService<DatabaseConfigurator>().Configure(options, registration.MigrationsHistoryTable));
        builder.Services.AddSingleton(registration);
        return builder;
    }

    // Only SQLite has a sensible default; PostgreSQL must be told where the server is.
    private static bool UsesDefaultProvider(DatabaseOptions options) =>
        string.Equals(options.Provider, nameof(DatabaseProvider.Sqlite), StringComparison.OrdinalIgnoreCase);
}
