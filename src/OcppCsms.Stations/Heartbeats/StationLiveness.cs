using System.Collections.Concurrent;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Stations.Heartbeats;

/// <summary>
/// The connected stations the <see cref="HeartbeatMonitor"/> found silent, in memory like the last-seen times it judges
/// by. A station is offline while its session has seen nothing since it was marked: its next frame recovers it at once in
/// the API, before the monitor's next round clears the mark.
/// </summary>
internal sealed class StationLiveness
{
    // Station id -> the last-seen time after which it fell silent.
    private readonly ConcurrentDictionary<string, DateTime> _silent = new(StringComparer.Ordinal);

    public bool IsOffline(string stationId, StationSessionInfo? session) =>
        session is not null && _silent.TryGetValue(stationId, out var silentAfter) && session.LastSeenAt <= silentAfter;

    /// <returns>True when the station was not marked yet: a new outage.</returns>
    public bool MarkSilent(string stationId, DateTime lastSeenAt) => _silent.TryAdd(stationId, lastSeenAt);

    /// <summary>The marked stations, for the monitor to clear those that spoke again or went away.</summary>
    public IEnumerable<KeyValuePair<string, DateTime>> Silent => _silent;

    public void Clear(string stationId) => _silent.TryRemove(stationId, out _);
}
