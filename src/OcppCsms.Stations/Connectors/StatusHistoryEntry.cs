namespace OcppCsms.Stations.Connectors;

/// <summary>One StatusNotification as received: the history keeps every one, in or out of order.</summary>
internal sealed class StatusHistoryEntry : StatusReport
{
    /// <summary>A version 7 Guid: unique on every node and ordered by the time it was made.</summary>
    public Guid Id { get; set; }
}
