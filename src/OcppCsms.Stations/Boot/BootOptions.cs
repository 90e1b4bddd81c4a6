namespace OcppCsms.Stations.Boot;

/// <summary>The intervals a BootNotification answer gives the station (keys in the <c>Ocpp</c> section).</summary>
internal sealed class BootOptions
{
    public const string SectionName = "Ocpp";

    /// <summary>The heartbeat interval given to an Accepted station (OCPP 1.6 §4.2, 2.0.1 B01.FR.04).</summary>
    public int HeartbeatIntervalSeconds { get; set; } = 300;

    /// <summary>
    /// How long a Pending or Rejected station waits before it boots again (1.6 §4.2: "the minimum wait time before
    /// sending a next BootNotification"; 2.0.1 B02.FR.01, B03.FR.02).
    /// </summary>
    public int BootRetryIntervalSeconds { get; set; } = 60;
}
