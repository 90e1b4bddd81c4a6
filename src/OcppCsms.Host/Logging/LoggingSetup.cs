using Serilog;
using Serilog.Events;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Host.Logging;

internal static class LoggingSetup
{
    private const string TextTemplate = "[{Timestamp:HH:mm:ss.fff} {Level:u3}{RequestTag}] {SourceContext}: {Message:lj}{NewLine}{Exception}";
    private const string LogLevelSection = "Logging:LogLevel";

    /// <summary>
    /// Serilog as the only logging provider. Levels stay where ASP.NET operators expect them (<c>Logging:LogLevel</c>);
    /// Serilog's provider bypasses Microsoft's filters, so they are translated into Serilog's own minimum levels.
    /// The optional <c>Serilog</c> section can add enrichers or sinks.
    /// </summary>
    public static WebApplicationBuilder AddCsmsLogging(this WebApplicationBuilder builder)
    {
        var format = LogFormatSetting.Read(builder.Configuration, builder.Environment);
        var configuration = new LoggerConfiguration()
            .Enrich.FromLogContext()
            .Filter.ByExcluding(MigrationHistoryProbeFilter.IsSpurious);
        foreach (var (category, level) in ConfiguredLevels(builder.Configuration))
        {
            if (category == "Default")
            {
                configuration.MinimumLevel.Is(level);
            }
            else
            {
                configuration.MinimumLevel.Override(category, level);
            }
        }

        configuration.ReadFrom.Configuration(builder.Configuration);
        configuration = format == LogFormat.Json
            ? configuration.WriteTo.Console(new JsonLogFormatter())
            : configuration.Enrich.With<RequestTagEnricher>()
                .WriteTo.Console(outputTemplate: TextTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);

        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(configuration.CreateLogger(), dispose: true);
        return builder;
    }

    private static IEnumerable<(string Category, LogEventLevel Level)> ConfiguredLevels(IConfiguration configuration)
    {
        foreach (var entry in configuration.GetSection(LogLevelSection).GetChildren())
        {
            if (!Enum.TryParse<LogLevel>(entry.Value, ignoreCase: true, out var level) || int.TryParse(entry.Value, out _))
            {
                throw new StartupException($"{LogLevelSection}:{entry.Key} must be one of {string.Join(", ", Enum.GetNames<LogLevel>())} (got '{entry.Value}').");
            }

            yield return (entry.Key, level switch
            {
                LogLevel.Trace => LogEventLevel.Verbose,
                LogLevel.Debug => LogEventLevel.Debug,
                LogLevel.Information => LogEventLevel.Information,
                LogLevel.Warning => LogEventLevel.Warning,
                LogLevel.Error => LogEventLevel.Error,
                LogLevel.Critical => LogEventLevel.Fatal,
                // Serilog has no "off"; a level above Fatal silences the category, as Serilog's own hosting glue does.
                _ => LogEventLevel.Fatal + 1,
            });
        }
    }
}
