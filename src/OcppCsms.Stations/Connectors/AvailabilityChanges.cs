using Microsoft.EntityFrameworkCore;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations.Connectors;

/// <summary>
/// Keeps what stations answered to ChangeAvailability, per connector. A change of the station (OCPP 1.6 connector 0,
/// §5.2; 2.0.1 without an EVSE, G04) covers every connector, a change of a 2.0.1 EVSE (G03) its connectors: each gets the
/// new availability, whether the CSMS knew it from an earlier change or only from its status.
/// </summary>
internal sealed class AvailabilityChanges(IDbContextFactory<StationsDbContext> contexts, TimeProvider clock)
{
    /// <param name="evseId">0 for a 1.6 station, and for the whole of a 2.0.1 one.</param>
    /// <param name="connectorId">0 for the station itself, or the whole of a 2.0.1 EVSE.</param>
    /// <param name="scheduled">The station answered Scheduled: it changes once its transactions end.</param>
    public async Task RecordAsync(
        string stationId, int evseId, int connectorId, Availability availability, bool scheduled, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Availabilities.Where(a => a.StationId == stationId).ToListAsync(cancellationToken);
        var reported = await db.ConnectorStatuses.Where(c => c.StationId == stationId)
            .Select(c => new { c.EvseId, c.ConnectorId }).ToListAsync(cancellationToken);
        foreach (var (evse, connector) in reported.Select(c => (c.EvseId, c.ConnectorId)).Append((evseId, connectorId)))
        {
            var row = new ConnectorAvailability { StationId = stationId, EvseId = evse, ConnectorId = connector };
            if (row.IsCoveredBy(evseId, connectorId) && !rows.Exists(r => r.EvseId == evse && r.ConnectorId == connector))
            {
                db.Availabilities.Add(row);
                rows.Add(row);
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var row in rows.Where(r => r.IsCoveredBy(evseId, connectorId)))
        {
            row.Apply(availability, scheduled, now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
