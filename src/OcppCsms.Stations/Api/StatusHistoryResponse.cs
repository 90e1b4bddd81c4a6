using OcppCsms.Stations.Connectors;

namespace OcppCsms.Stations.Api;

/// <summary>One StatusNotification as received (see <see cref="ConnectorResponse"/> for the EVSE and connector numbering).</summary>
/// <param name="Timestamp">When the status began, as the station said (1.6: the time of receipt when it said nothing).</param>
internal sealed record StatusHistoryResponse(
    int EvseId, int ConnectorId, string Status, string? ErrorCode, string? Info, string? VendorId, string? VendorErrorCode, DateTime Timestamp,
    DateTime ReceivedAt)
{
    public static StatusHistoryResponse From(StatusHistoryEntry entry) => new(
        entry.EvseId, entry.ConnectorId, entry.Status, entry.ErrorCode, entry.Info, entry.VendorId, entry.VendorErrorCode, entry.Timestamp, entry.ReceivedAt);
}
