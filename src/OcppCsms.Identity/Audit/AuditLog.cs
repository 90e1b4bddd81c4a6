using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Identity.Contracts;
using OcppCsms.Identity.Persistence;

namespace OcppCsms.Identity.Audit;

/// <summary>Writes audit lines, taking the actor, request id and client IP from the current request.</summary>
internal sealed class AuditLog(IDbContextFactory<IdentityDbContext> contexts, IHttpContextAccessor http, TimeProvider clock) : IAuditLog
{
    private static readonly object RecordedKey = new();

    /// <summary>Whether a line was written during this request.</summary>
    public static bool RecordedDuring(HttpContext context) => context.Items.ContainsKey(RecordedKey);

    public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken) =>
        RecordAsync(record, AuditActor.Of(http.HttpContext?.User), cancellationToken);

    /// <summary>For sign-in, where the request is anonymous but the audit line is about the account named in it.</summary>
    public async Task RecordAsync(AuditRecord record, AuditActor actor, CancellationToken cancellationToken)
    {
        var context = http.HttpContext;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditLog.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            ActorType = actor.Type,
            ActorId = actor.Id,
            ActorName = Clip(actor.Name, 100),
            Action = Clip(record.Action, AuditEntry.ActionMaxLength)!,
            TargetType = Clip(record.TargetType, 64),
            TargetId = Clip(record.TargetId, 128),
            Outcome = Clip(record.Outcome, 64)!,
            Details = Clip(record.Details, 2000),
            RequestId = context?.TraceIdentifier,
            ClientIp = context?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
        if (context is not null)
        {
            context.Items[RecordedKey] = true;
        }
    }

    private static string? Clip(string? value, int length) => value is { Length: > 0 } && value.Length > length ? value[..length] : value;
}
