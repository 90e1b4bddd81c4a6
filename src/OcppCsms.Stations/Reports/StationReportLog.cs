using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations.Reports;

/// <summary>
/// Keeps the station reports (see <see cref="StationReport"/>). These are rare messages (answers to an operator's request,
/// or charging limit and ISO 15118 notifications), so each is stored before it is answered: a report the CSMS has
/// acknowledged is never lost.
/// </summary>
internal sealed partial class StationReportLog(IDbContextFactory<StationsDbContext> contexts, TimeProvider clock, ILogger<StationReportLog> logger)
{
    public async Task RecordAsync(string stationId, string action, ReportPart part, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.StationReports.Add(new StationReport
        {
            Id = Guid.CreateVersion7(now),
            StationId = stationId,
            Action = action,
            RequestId = part.RequestId,
            SeqNo = part.SeqNo,
            Tbc = part.Tbc,
            Payload = Encoding.UTF8.GetString(payload.Span),
            ReceivedAt = now.UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        LogReport(logger, stationId, action, part.RequestId, part.SeqNo, part.Tbc);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Station {StationId} sent {Action} (requestId {RequestId}, seqNo {SeqNo}, tbc {Tbc})")]
    private static partial void LogReport(ILogger logger, string stationId, string action, int? requestId, int? seqNo, bool tbc);
}

/// <summary>Where a message sits in its report: the request it answers, its part number, whether more parts follow.</summary>
internal sealed record ReportPart(int? RequestId = null, int? SeqNo = null, bool Tbc = false);
