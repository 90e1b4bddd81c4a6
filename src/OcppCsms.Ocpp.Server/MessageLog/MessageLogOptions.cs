namespace OcppCsms.Ocpp.Server.MessageLog;

/// <summary>The <c>Ocpp:MessageLog</c> section: the OCPP message log table, read through <c>/api/v1/ocpp/messages</c>.</summary>
internal sealed class MessageLogOptions
{
    public const string SectionName = "Ocpp:MessageLog";

    /// <summary>
    /// Whether every message in and out is written to the database (in batches, off the station's path). Debug-level
    /// log lines are written either way. At tens of thousands of stations this is a row per heartbeat: turn it off, or
    /// keep the retention short, where the database is small.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long rows are kept; older ones are deleted every hour.</summary>
    public int RetentionDays { get; set; } = 7;

    /// <summary>Whether the frames' text is stored (secrets redacted), or only who, what, when and how big.</summary>
    public bool IncludeFrames { get; set; } = true;
}
