using OcppCsms.Stations.Connectors;

namespace OcppCsms.Stations.Api;

/// <summary>
/// One connector: (0, 0) is the station itself, 1.6 connectors have EVSE 0, a 2.0.1 (evse, 0) is a whole EVSE. The status
/// is the latest the station reported (null when it reported none), the availability what it answered to ChangeAvailability.
/// </summary>
/// <param name="StatusTimestamp">When the status began, as the station said.</param>
/// <param name="Availability">Operative or Inoperative as the station took it; null when unknown.</param>
/// <param name="ScheduledAvailability">What the station answered Scheduled to: it changes once its transactions end.</param>
internal sealed record ConnectorResponse(
    int EvseId, int ConnectorId, string? Status, string? ErrorCode, string? Info, string? VendorId, string? VendorErrorCode, DateTime? StatusTimestamp,
    Availability? Availability, Availability? ScheduledAvailability, DateTime? AvailabilityChangedAt)
{
    /// <summary>Every connector of either list, in EVSE and connector order.</summary>
    public static IReadOnlyList<ConnectorResponse> Merge(IReadOnlyList<ConnectorStatus> statuses, IReadOnlyList<ConnectorAvailability> availabilities) =>
        statuses.Select(s => (s.EvseId, s.ConnectorId)).Union(availabilities.Select(a => (a.EvseId, a.ConnectorId)))
            .Order()
            .Select(key => From(key.EvseId, key.ConnectorId,
                statuses.FirstOrDefault(s => (s.EvseId, s.ConnectorId) == key), availabilities.FirstOrDefault(a => (a.EvseId, a.ConnectorId) == key)))
            .ToList();

    private static ConnectorResponse From(int evseId, int connectorId, ConnectorStatus? status, ConnectorAvailability? availability) => new(
        evseId, connectorId, status?.Status, status?.ErrorCode, status?.Info, status?.VendorId, status?.VendorErrorCode, status?.Timestamp,
        availability?.Current, availability?.Scheduled, availability?.ChangedAt);
}
