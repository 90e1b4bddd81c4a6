namespace OcppCsms.Stations.Connectors;

/// <summary>A connector's current status: the report with the latest timestamp, whatever order the reports arrived in.</summary>
internal sealed class ConnectorStatus : StatusReport
{
    public static ConnectorStatus From(StatusReport report)
    {
        var current = new ConnectorStatus { StationId = report.StationId, EvseId = report.EvseId, ConnectorId = report.ConnectorId, Status = report.Status };
        current.Take(report);
        return current;
    }

    /// <summary>
    /// Takes <paramref name="report"/> unless it is older than the status held: a notification delivered late (queued
    /// while offline, retried) goes to the history only.
    /// </summary>
    /// <returns>Whether the current status changed.</returns>
    public bool Take(StatusReport report)
    {
        if (report.Timestamp < Timestamp)
        {
            return false;
        }

        Status = report.Status;
        ErrorCode = report.ErrorCode;
        Info = report.Info;
        VendorId = report.VendorId;
        VendorErrorCode = report.VendorErrorCode;
        Timestamp = report.Timestamp;
        ReceivedAt = report.ReceivedAt;
        return true;
    }
}
