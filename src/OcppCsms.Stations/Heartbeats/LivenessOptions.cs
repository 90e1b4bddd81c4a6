using OcppCsms.Stations.Boot;

namespace OcppCsms.Stations.Heartbeats;

/// <summary>When a connected station counts as offline (a key in the <c>Ocpp</c> section).</summary>
internal sealed class LivenessOptions
{
    public const string SectionName = "Ocpp";

    /// <summary>
    /// A connected station that sent no frame for this long is offline. Unset: 2.5 heartbeat intervals
    /// (<c>Ocpp:HeartbeatIntervalSeconds</c>), so that one late or lost heartbeat (OCPP 1.6 §4.6, 2.0.1 G02) is not an
    /// outage but two are.
    /// </summary>
    public int? OfflineAfterSeconds { get; set; }

    public TimeSpan OfflineAfter(BootOptions boot) =>
        TimeSpan.FromSeconds(OfflineAfterSeconds ?? boot.HeartbeatIntervalSeconds * 2.5);
}
