namespace OcppCsms.Stations.Connectors;

/// <summary>
/// What one StatusNotification says about one connector, whatever the version: OCPP 1.6 §6.47 (connectorId, 0 being
/// the Charge Point itself; status, errorCode, info, vendorId, vendorErrorCode, timestamp) and OCPP 2.0.1 §1.59.1
/// (evseId, connectorId, connectorStatus, timestamp). 1.6 has no EVSE level: its connectors have <see cref="EvseId"/> 0,
/// so (0, 0) is the station in both versions. Status and error code are the station's own words (1.6 ChargePointStatus
/// and ChargePointErrorCode, 2.0.1 ConnectorStatusEnumType, which has no error code).
/// </summary>
internal abstract class StatusReport
{
    public const int WordMaxLength = 32;

    public required string StationId { get; init; }

    public int EvseId { get; init; }

    public int ConnectorId { get; init; }

    public required string Status { get; set; }

    public string? ErrorCode { get; set; }

    public string? Info { get; set; }

    public string? VendorId { get; set; }

    public string? VendorErrorCode { get; set; }

    /// <summary>When the status began, as the station says (1.6: the time of receipt when it says nothing).</summary>
    public DateTime Timestamp { get; set; }

    public DateTime ReceivedAt { get; set; }
}
