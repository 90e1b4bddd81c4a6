using OcppCsms.Stations.Authentication;

namespace OcppCsms.Stations;

/// <summary>The station module's keys, which live in the <c>Ocpp</c> section beside the endpoint's own.</summary>
internal sealed class StationsOptions
{
    public const string SectionName = "Ocpp";

    /// <summary><c>Reject</c>, <c>Pending</c> (default) or <c>Accept</c>. A string so that a typo gets our own message naming the key.</summary>
    public string UnknownStations { get; set; } = nameof(UnknownStationPolicy.Pending);

    /// <summary>
    /// How often the stations' last-seen times go from their sessions to the database: one transaction for all that
    /// changed, instead of a write per message. A crash loses at most this much of them.
    /// </summary>
    public int LastSeenFlushSeconds { get; set; } = 30;

    public UnknownStationPolicy UnknownStationPolicy => Enum.Parse<UnknownStationPolicy>(UnknownStations, ignoreCase: true);
}
