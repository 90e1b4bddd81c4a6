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

    /// <summary>
    /// Actions, comma-separated, whose CALLs and CALLRESULTs are only counted (<c>ocpp_messages_total</c>), never written
    /// as rows; their CALLERRORs still are. By default Heartbeat: it is most of a fleet's traffic, its request is empty
    /// and its answer the server's clock, and the sign of life it gives is kept as the station's last-seen time. Other
    /// frequent actions carry station state someone may need to trace (a StatusNotification's error code, a MeterValues'
    /// readings), so they are logged unless listed here. One string, not an array: configuration merges arrays element
    /// by element, so an override could not shorten the list; an empty string logs every action.
    /// </summary>
    public string CountOnlyActions { get; set; } = "Heartbeat";

    public IReadOnlyList<string> CountOnlyActionList =>
        CountOnlyActions.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
