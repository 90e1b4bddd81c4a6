using OcppCsms.Stations.Connectors;

namespace OcppCsms.Stations.Api;

/// <summary>
/// One connector: (0, 0) is the station itself, 1.6 connectors have EVSE 0, a 2.0.1 (evse, 0) is a whole EVSE. The status
/// is the latest the station reported (null when it reported none; Unavailable while the station is offline), the availability what it answered to ChangeAvailability.
/// </summary>
/// <param name="StatusTimestamp">When the status began, as the station said.</param>
/// <param name="Availability">Operative or Inoperative as the station took it; null when unknown.</param>
/// <param name="ScheduledAvailability">What the station answered Scheduled to: it changes once its transactions end.</param>
/// <param name="ReportedStatus">The status as the station last reported it, kept while the station is offline and shown again when it recovers.</param>
internal sealed record ConnectorResponse(
    int EvseId, int ConnectorId, string? Status, string? ErrorCode, string? Info, string? VendorId, string? VendorErrorCode, DateTime? StatusTimestamp,
    Availability? Availability, Availability? ScheduledAvailability, DateTime? AvailabilityChangedAt, string? ReportedStatus)
{
    /// <summary>What an offline station's connectors show: nobody can tell whether they can charge (OCPP 1.6 §7.7, 2.0.1 ConnectorStatusEnumType).</summary>
    private const string Unavailable = nameof(Unavailable);

    /// <summary>Every connector of either list, in EVSE and connector order; all Unavailable while the station is offline.</summary>
    public static IReadOnlyList<ConnectorResponse> Merge(
        IReadOnlyList<ConnectorStatus> statuses, IReadOnlyList<ConnectorAvailability> availabilities, bool offline) =>
        statuses.Select(s => (s.EvseId, s.ConnectorId)).Union(availabilities.Select(a => (a.EvseId, a.ConnectorId)))
            .Order()
            .Select(key => From(key.EvseId, key.ConnectorId,
                statuses.FirstOrDefault(s => (s.EvseId, s.ConnectorId) == key), availabilities.FirstOrDefault(a => (a.EvseId, a.ConnectorId) == key), offline))
            .ToList();

    private static ConnectorResponse From(int evseId, int connectorId, ConnectorStatus? status, ConnectorAvailability? availability, bool offline) => new(
        evseId, connectorId, offline ? Unavailable : status?.Status, status?.ErrorCode, status?.Info, status?.VendorId, status?.VendorErrorCode, status?.Timestamp,
        availability?.Current, availability?.Scheduled, availability?.ChangedAt, status?.Status);
}
