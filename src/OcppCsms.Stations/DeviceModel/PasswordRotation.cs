using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcppCsms.Stations.Api;
using OcppCsms.Stations.Persistence;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.DeviceModel;

/// <summary>
/// OCPP 2.0.1 A01 password rotation: once the station has Accepted a SetVariables of SecurityCtrlr.BasicAuthPassword,
/// the CSMS keeps only the new password's salted hash (A01.FR.03, A01.FR.08) and drops what the upgrade check cached, so
/// the old password is refused from the next connection; any other answer keeps the old one (A01.FR.04). The password is
/// in no log line (A01.FR.09). The session that carried the change stays open: the station uses the new password when it
/// next connects.
/// </summary>
internal sealed partial class PasswordRotation(
    IDbContextFactory<StationsDbContext> contexts, StationSnapshots snapshots, TimeProvider clock, ILogger<PasswordRotation> logger)
{
    public async Task AcceptedAsync(string stationId, string password, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Stations.SingleOrDefaultAsync(s => s.Id == stationId, cancellationToken) is not { } station)
        {
            return;
        }

        if (!SecurityProfiles.UsesPassword(station.SecurityProfile))
        {
            // Profiles 0 and 3 present no password at the upgrade: there is nothing the CSMS checks to change.
            NotUsed(logger, stationId, station.SecurityProfile);
            return;
        }

        StationChanges.SetPassword(station, password);
        station.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        snapshots.Invalidate(stationId);
        Rotated(logger, stationId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Station {StationId} accepted a new BasicAuthPassword: its previous password is refused from its next connection")]
    private static partial void Rotated(ILogger logger, string stationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Station {StationId} accepted a new BasicAuthPassword, but its security profile {Profile} uses no password: nothing changed in the CSMS")]
    private static partial void NotUsed(ILogger logger, string stationId, int profile);
}
