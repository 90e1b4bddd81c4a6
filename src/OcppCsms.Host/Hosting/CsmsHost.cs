using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Persistence;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Host.Hosting;

/// <summary>
/// The start-up sequence around the composition in Program.cs: validate every option, migrate (or check) the
/// database, run the modules' start-up tasks, then listen. <c>--migrate-only</c> stops after the migrations.
/// </summary>
internal static partial class CsmsHost
{
    public const string MigrateOnlySwitch = "--migrate-only";
    private const int ExitConfigurationError = 78; // EX_CONFIG (sysexits.h): orchestrators can tell it from a crash.

    public static async Task<int> RunAsync(string[] args, Action<WebApplicationBuilder> compose, Action<WebApplication> map)
    {
        var timeline = new StartupTimeline();
        timeline.Mark("main entered");
        var migrateOnly = args.Contains(MigrateOnlySwitch, StringComparer.Ordinal);
        try
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                Args = args.Where(arg => arg != MigrateOnlySwitch).ToArray(),
                // appsettings.json ships beside the binary; the working directory stays the operator's (relative SQLite paths).
                ContentRootPath = AppContext.BaseDirectory,
            });
            timeline.Mark("builder created");
            compose(builder);
            timeline.Mark("modules composed");
            var app = builder.Build();
            timeline.Mark("host built");
            map(app);
            timeline.Mark("endpoints mapped");

            // Until app.RunAsync the host's console lifetime is not listening: a stop signal ends the process at once,
            // which is safe because each migration step and each start-up task commits atomically. Hence no token here.
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            timeline.Mark("options validated");
            await PrepareDatabaseAsync(app, migrateOnly);
            timeline.Mark("database migrated or checked");
            if (migrateOnly)
            {
                LogMigrateOnly(app.Logger);
                return 0;
            }

            foreach (var task in app.Services.GetServices<IStartupTask>())
            {
                await task.RunAsync(CancellationToken.None);
            }

            timeline.Mark("start-up tasks run");
            timeline.ReportWhenListening(app);
            StartupBanner.Register(app);
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (StartupErrors.Describe(e) is { } reason)
        {
            await Console.Error.WriteLineAsync($"{ProductInfo.Name} cannot start: {reason}");
            return ExitConfigurationError;
        }
    }

    private static async Task PrepareDatabaseAsync(WebApplication app, bool migrateOnly)
    {
        var migrator = app.Services.GetRequiredService<DatabaseMigrator>();
        if (migrateOnly || app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            await migrator.MigrateAsync(CancellationToken.None);
        }
        else
        {
            await migrator.EnsureUpToDateAsync(CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrations applied; exiting as asked by --migrate-only")]
    private static partial void LogMigrateOnly(ILogger logger);
}
