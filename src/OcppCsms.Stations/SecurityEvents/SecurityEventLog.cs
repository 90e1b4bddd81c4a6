using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.SharedKernel.Events;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations.SecurityEvents;

/// <summary>
/// Keeps the security events stations report, whatever their version. A critical one (see
/// <see cref="CriticalSecurityEvents"/>) is logged at Warning and, once stored, published as
/// <c>SecurityEventReceived</c> so that operators hear of a tampered or rebooted station at once; the others are kept
/// for the security log's reader.
/// </summary>
internal sealed partial class SecurityEventLog(
    IDbContextFactory<StationsDbContext> contexts, IEventPublisher events, TimeProvider clock, ILogger<SecurityEventLog> logger)
{
    public async Task RecordAsync(string stationId, OcppVersion version, string type, DateTime timestamp, string? techInfo, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var critical = CriticalSecurityEvents.IsCritical(version, type);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.SecurityEvents.Add(new SecurityEvent
        {
            Id = Guid.CreateVersion7(now),
            StationId = stationId,
            Type = type,
            Timestamp = timestamp,
            TechInfo = techInfo,
            Critical = critical,
            ReceivedAt = now.UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);

        if (!critical)
        {
            LogEvent(logger, stationId, type, timestamp, techInfo);
            return;
        }

        LogCriticalEvent(logger, stationId, type, timestamp, techInfo);
        events.Publish(CsmsEventTypes.SecurityEventReceived, stationId, new Dictionary<string, object?>
        {
            ["type"] = type,
            ["timestamp"] = timestamp,
            ["techInfo"] = techInfo,
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Station {StationId} reports the critical security event {Type} at {Timestamp:O}: {TechInfo}")]
    private static partial void LogCriticalEvent(ILogger logger, string stationId, string type, DateTime timestamp, string? techInfo);

    [LoggerMessage(Level = LogLevel.Information, Message = "Station {StationId} reports the security event {Type} at {Timestamp:O}: {TechInfo}")]
    private static partial void LogEvent(ILogger logger, string stationId, string type, DateTime timestamp, string? techInfo);
}
