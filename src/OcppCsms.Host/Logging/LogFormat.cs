using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Host.Logging;

/// <summary><c>Logging:Format</c>: <c>text</c> for people, <c>json</c> (one object a line) for log shippers.</summary>
internal enum LogFormat
{
    Text,
    Json,
}

internal static class LogFormatSetting
{
    public const string Key = "Logging:Format";

    /// <summary>Unset means text in Development and JSON everywhere else.</summary>
    public static LogFormat Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return environment.IsDevelopment() ? LogFormat.Text : LogFormat.Json;
        }

        return value.Trim().ToLowerInvariant() switch
        {
            "text" => LogFormat.Text,
            "json" => LogFormat.Json,
            _ => throw new StartupException($"{Key} must be 'text' or 'json' (got '{value}')."),
        };
    }
}
