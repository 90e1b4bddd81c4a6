namespace OcppCsms.Identity.Contracts;

/// <summary>
/// Records what operators and machines did. The actor, request id and client IP come from the current request when
/// there is one; modules call this for every command they send to a station.
/// </summary>
public interface IAuditLog
{
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken);
}

/// <param name="Action">What was done, e.g. <c>station.command.reset</c> or <c>POST /api/v1/users</c>.</param>
/// <param name="Outcome">How it ended, e.g. <c>201</c>, <c>Accepted</c>, <c>failed</c>.</param>
public sealed record AuditRecord(string Action, string? TargetType, string? TargetId, string Outcome, string? Details = null);
