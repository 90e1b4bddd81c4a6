namespace OcppCsms.Stations.Connectors;

/// <summary>
/// What a station answered to ChangeAvailability for the station (0, 0), a 2.0.1 EVSE (evse, 0) or a connector: the
/// availability it took (Accepted), or the one it will take once its transactions end (Scheduled, OCPP 1.6 §5.2,
/// 2.0.1 G03.FR.05). The change itself is then reported by StatusNotification (Unavailable, or back to Available).
/// </summary>
internal sealed class ConnectorAvailability
{
    public required string StationId { get; init; }

    public int EvseId { get; init; }

    public int ConnectorId { get; init; }

    /// <summary>What the station took; null while the only change asked for is still scheduled.</summary>
    public Availability? Current { get; set; }

    /// <summary>What the station will take once its transactions end; null when nothing is scheduled.</summary>
    public Availability? Scheduled { get; set; }

    public DateTime ChangedAt { get; set; }

    /// <summary>Whether a change of (<paramref name="evseId"/>, <paramref name="connectorId"/>) covers this row: the station covers all, an EVSE its connectors.</summary>
    public bool IsCoveredBy(int evseId, int connectorId) =>
        (evseId == 0 && connectorId == 0) || (connectorId == 0 && EvseId == evseId) || (EvseId == evseId && ConnectorId == connectorId);

    public void Apply(Availability availability, bool scheduled, DateTime at)
    {
        if (scheduled)
        {
            Scheduled = availability;
        }
        else
        {
            Current = availability;
            Scheduled = null;
        }

        ChangedAt = at;
    }
}
