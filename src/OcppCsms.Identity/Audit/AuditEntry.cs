namespace OcppCsms.Identity.Audit;

/// <summary>One line of the audit log: who did what to which entity, how it ended, and from where.</summary>
internal sealed class AuditEntry
{
    public const int ActionMaxLength = 200;

    public Guid Id { get; init; }

    public DateTime OccurredAt { get; init; }

    /// <summary><c>user</c>, <c>api_key</c>, <c>anonymous</c> or <c>system</c>.</summary>
    public required string ActorType { get; init; }

    public string? ActorId { get; init; }

    public string? ActorName { get; init; }

    public required string Action { get; init; }

    public string? TargetType { get; init; }

    public string? TargetId { get; init; }

    public required string Outcome { get; init; }

    public string? Details { get; init; }

    public string? RequestId { get; init; }

    public string? ClientIp { get; init; }
}
