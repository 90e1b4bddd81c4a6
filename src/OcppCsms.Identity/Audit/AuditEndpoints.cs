using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Identity.Contracts;
using OcppCsms.Identity.Persistence;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Identity.Audit;

internal sealed record AuditEntryResponse(
    Guid Id, DateTime OccurredAt, string ActorType, string? ActorId, string? ActorName, string Action,
    string? TargetType, string? TargetId, string Outcome, string? Details, string? RequestId, string? ClientIp)
{
    public static AuditEntryResponse From(AuditEntry e) =>
        new(e.Id, e.OccurredAt, e.ActorType, e.ActorId, e.ActorName, e.Action, e.TargetType, e.TargetId, e.Outcome, e.Details, e.RequestId, e.ClientIp);
}

internal sealed class AuditFilter
{
    /// <summary>The actor's user name or key name, exactly.</summary>
    public string? Actor { get; set; }

    /// <summary>Part of the action, e.g. <c>auth.</c> or <c>/api/v1/users</c>.</summary>
    public string? Action { get; set; }

    public string? TargetType { get; set; }

    public string? TargetId { get; set; }

    /// <summary>From this instant, inclusive (UTC).</summary>
    public DateTime? From { get; set; }

    /// <summary>Until this instant, exclusive (UTC).</summary>
    public DateTime? To { get; set; }
}

internal sealed class AuditFilterValidator : AbstractValidator<AuditFilter>
{
    public AuditFilterValidator()
    {
        RuleFor(f => f.Actor).MaximumLength(100);
        RuleFor(f => f.Action).MaximumLength(AuditEntry.ActionMaxLength);
        RuleFor(f => f.TargetType).MaximumLength(64);
        RuleFor(f => f.TargetId).MaximumLength(128);
        RuleFor(f => f.To).GreaterThan(f => f.From).When(f => f.From is not null && f.To is not null);
    }
}

internal static class AuditEndpoints
{
    private static readonly SortFields<AuditEntry> Sort = new("-occurredAt", e => e.Id, new Dictionary<string, System.Linq.Expressions.Expression<Func<AuditEntry, object?>>>
    {
        ["occurredAt"] = e => e.OccurredAt,
        ["action"] = e => e.Action,
        ["actorName"] = e => e.ActorName,
    });

    public static void MapAuditEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization(OperatorPolicies.Admin).WithRequestValidation()
            .MapGet("", ListAsync).WithSortFields(Sort)
            .WithSummary("The audit log, newest first (paged; filter by actor, action, target and time; sort by occurredAt, action, actorName).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<Page<AuditEntryResponse>>> ListAsync(
        [AsParameters] PageQuery page, [AsParameters] AuditFilter filter, IDbContextFactory<IdentityDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.AuditLog.AsNoTracking();
        if (filter.Actor is { Length: > 0 } actor)
        {
            query = query.Where(e => e.ActorName == actor);
        }

        if (filter.Action is { Length: > 0 } action)
        {
            query = query.Where(e => e.Action.Contains(action));
        }

        if (filter.TargetType is { Length: > 0 } targetType)
        {
            query = query.Where(e => e.TargetType == targetType);
        }

        if (filter.TargetId is { Length: > 0 } targetId)
        {
            query = query.Where(e => e.TargetId == targetId);
        }

        if (filter.From is { } from)
        {
            var fromUtc = AsUtc(from);
            query = query.Where(e => e.OccurredAt >= fromUtc);
        }

        if (filter.To is { } to)
        {
            var toUtc = AsUtc(to);
            query = query.Where(e => e.OccurredAt < toUtc);
        }

        return TypedResults.Ok(await query.ToPageAsync(page, Sort, AuditEntryResponse.From, cancellationToken));
    }

    // A query time with an offset binds as UTC, one without as Unspecified: the API speaks UTC, so that is UTC too
    // (ToUniversalTime would take it as the server's local time).
    private static DateTime AsUtc(DateTime value) =>
        value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime();
}
