using System.Collections.Immutable;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Events.Persistence;
using OcppCsms.SharedKernel.Events;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Events.Webhooks;

/// <summary>
/// Creates and deletes webhooks, and keeps the current set in memory for the dispatcher (loaded at start-up, after the
/// migrations). Another node learns of a webhook created here at its next start.
/// </summary>
internal sealed class WebhookStore(IDbContextFactory<EventsDbContext> contexts, TimeProvider clock) : IStartupTask
{
    private ImmutableArray<WebhookTarget> _targets = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var webhooks = await db.Webhooks.AsNoTracking().ToListAsync(cancellationToken);
        _targets = [.. webhooks.Select(WebhookTarget.From)];
    }

    public IEnumerable<WebhookTarget> Matching(CsmsEvent csmsEvent) => _targets.Where(target => target.Filter.Matches(csmsEvent));

    /// <summary>Whether any webhook wants <paramref name="csmsEvent"/>: asked by the event bus for every event, so no LINQ.</summary>
    public bool AnyMatching(CsmsEvent csmsEvent)
    {
        foreach (var target in _targets)
        {
            if (target.Filter.Matches(csmsEvent))
            {
                return true;
            }
        }

        return false;
    }

    public bool Exists(Guid id) => _targets.Any(target => target.Id == id);

    /// <param name="secret">Null: a new one is generated (256 random bits).</param>
    public async Task<Webhook> CreateAsync(
        string url, string[]? eventTypes, string[]? stationIds, string? secret, string createdBy, CancellationToken cancellationToken)
    {
        var webhook = new Webhook
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Url = url.Trim(),
            Secret = secret ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            EventTypes = eventTypes?.Distinct(StringComparer.Ordinal).ToArray() ?? [],
            StationIds = stationIds?.Distinct(StringComparer.Ordinal).ToArray() ?? [],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = createdBy.Length > Webhook.CreatedByMaxLength ? createdBy[..Webhook.CreatedByMaxLength] : createdBy,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Webhooks.Add(webhook);
        await db.SaveChangesAsync(cancellationToken);
        ImmutableInterlocked.Update(ref _targets, (list, added) => list.Add(added), WebhookTarget.From(webhook));
        return webhook;
    }

    /// <summary>Deletes the webhook and its delivery log; deliveries under way stop before their next attempt.</summary>
    /// <returns>False when there is no such webhook.</returns>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        ImmutableInterlocked.Update(ref _targets, (list, removed) => list.RemoveAll(target => target.Id == removed), id);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Webhooks.Where(w => w.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return false;
        }

        await db.DeliveryAttempts.Where(a => a.WebhookId == id).ExecuteDeleteAsync(cancellationToken);
        return true;
    }
}
