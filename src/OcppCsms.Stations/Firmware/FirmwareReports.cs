using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations.Firmware;

/// <summary>
/// Keeps every firmware, diagnostics and log status a station reports, whatever its version: the history shows how an
/// update or upload went, its last entry of each kind is the current state. These notifications come a few times per
/// operation, so each is written as it arrives.
/// </summary>
internal sealed partial class FirmwareReports(IDbContextFactory<StationsDbContext> contexts, TimeProvider clock, ILogger<FirmwareReports> logger)
{
    public async Task RecordAsync(
        string stationId, FirmwareReportKind kind, string status, int? requestId, IReadOnlyList<string>? locations, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.FirmwareReports.Add(new FirmwareReport
        {
            Id = Guid.CreateVersion7(now),
            StationId = stationId,
            Kind = kind,
            Status = status,
            RequestId = requestId,
            Locations = locations,
            ReceivedAt = now.UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        LogReported(logger, stationId, kind, status, requestId);
    }

    /// <summary>The last report of each kind; a kind the station never reported is absent.</summary>
    public static async Task<Dictionary<FirmwareReportKind, FirmwareReport>> LatestAsync(StationsDbContext db, string stationId, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<FirmwareReportKind, FirmwareReport>();
        foreach (var kind in Enum.GetValues<FirmwareReportKind>())
        {
            var report = await db.FirmwareReports.AsNoTracking()
                .Where(r => r.StationId == stationId && r.Kind == kind)
                .OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (report is not null)
            {
                latest[kind] = report;
            }
        }

        return latest;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Station {StationId} reports {Kind} status {Status} (request {RequestId})")]
    private static partial void LogReported(ILogger logger, string stationId, FirmwareReportKind kind, string status, int? requestId);
}
