using Serilog.Events;

namespace OcppCsms.Host.Logging;

/// <summary>
/// On a fresh PostgreSQL database the Npgsql provider reads a module's migrations history table before creating it
/// and EF Core logs the expected "relation does not exist" as a failed command at Error level
/// (npgsql/efcore.pg#3407, dotnet/efcore#37328). Only that read is dropped; every other failed command is kept.
/// </summary>
internal static class MigrationHistoryProbeFilter
{
    private const int CommandErrorEventId = 20102;

    public static bool IsSpurious(LogEvent logEvent) =>
        logEvent.Level == LogEventLevel.Error
        && logEvent.Properties.TryGetValue("EventId", out var eventId)
        && eventId is StructureValue structure
        && structure.Properties.Any(p => p.Name == "Id" && p.Value is ScalarValue { Value: CommandErrorEventId })
        && logEvent.Properties.TryGetValue("commandText", out var commandText)
        && commandText is ScalarValue { Value: string sql }
        && sql.StartsWith("SELECT \"MigrationId\", \"ProductVersion\"", StringComparison.Ordinal)
        && sql.Contains("_migrations", StringComparison.Ordinal);
}
