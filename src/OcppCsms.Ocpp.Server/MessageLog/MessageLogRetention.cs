using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OcppCsms.Ocpp.Server.Persistence;

namespace OcppCsms.Ocpp.Server.MessageLog;

/// <summary>Deletes message log rows older than <c>Ocpp:MessageLog:RetentionDays</c>: at start-up, then every hour.</summary>
internal sealed partial class MessageLogRetention(
    IDbContextFactory<OcppDbContext> contexts, IOptions<MessageLogOptions> options, TimeProvider clock, ILogger<MessageLogRetention> logger)
    : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        do
        {
            try
            {
                await PruneAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPruneFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.RetentionDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await db.Messages.Where(m => m.LoggedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            LogPruned(logger, deleted, cutoff);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} OCPP message log rows older than {Cutoff:o}")]
    private static partial void LogPruned(ILogger logger, int count, DateTime cutoff);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not prune the OCPP message log")]
    private static partial void LogPruneFailed(ILogger logger, Exception exception);
}
