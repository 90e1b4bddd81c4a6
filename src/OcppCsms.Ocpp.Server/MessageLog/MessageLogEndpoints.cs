using System.Linq.Expressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Identity.Contracts;
using OcppCsms.Ocpp.Server.Persistence;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Ocpp.Server.MessageLog;

/// <summary>The OCPP message log, for Operators: frames can hold id tags and station configuration.</summary>
internal static class MessageLogEndpoints
{
    private static readonly SortFields<LoggedMessage> Sort = new("-loggedAt", m => m.Id, new Dictionary<string, Expression<Func<LoggedMessage, object?>>>
    {
        ["loggedAt"] = m => m.LoggedAt,
    });

    public static void MapMessageLogEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/ocpp/messages", ListAsync)
            .WithTags("OCPP message log").RequireAuthorization(OperatorPolicies.Operator).WithRequestValidation().WithSortFields(Sort)
            .WithSummary("OCPP messages in and out, newest first (paged; filter by stationId, action, direction, messageId, from, to).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Ok<Page<LoggedMessageResponse>>> ListAsync(
        [AsParameters] MessageLogQuery filter, [AsParameters] PageQuery page, IDbContextFactory<OcppDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Messages.AsNoTracking();
        if (filter.StationId is { } stationId)
        {
            query = query.Where(m => m.StationId == stationId);
        }

        if (filter.Action is { } action)
        {
            query = query.Where(m => m.Action == action);
        }

        if (filter.Direction is { } direction)
        {
            query = query.Where(m => m.Direction == direction);
        }

        if (filter.MessageId is { } messageId)
        {
            query = query.Where(m => m.MessageId == messageId);
        }

        if (filter.From is { } from)
        {
            var fromUtc = from.ToUniversalTime();
            query = query.Where(m => m.LoggedAt >= fromUtc);
        }

        if (filter.To is { } to)
        {
            var toUtc = to.ToUniversalTime();
            query = query.Where(m => m.LoggedAt < toUtc);
        }

        return TypedResults.Ok(await query.ToPageAsync(page, Sort, LoggedMessageResponse.From, cancellationToken));
    }
}

/// <summary>One logged message. <c>messageType</c> is CALL, CALLRESULT or CALLERROR; <c>frame</c> is absent when frames are not stored.</summary>
internal sealed record LoggedMessageResponse(
    Guid Id, string StationId, string Direction, string MessageType, string? Action, string MessageId, int Size, string? Frame, DateTime LoggedAt)
{
    public static LoggedMessageResponse From(LoggedMessage m) => new(
        m.Id, m.StationId, m.Direction, m.MessageType switch { 2 => "CALL", 3 => "CALLRESULT", _ => "CALLERROR" }, m.Action, m.MessageId, m.Size, m.Frame, m.LoggedAt);
}
