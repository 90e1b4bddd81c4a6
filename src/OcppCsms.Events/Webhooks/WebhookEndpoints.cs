using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Events.Persistence;
using OcppCsms.Identity.Contracts;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Events.Webhooks;

/// <summary>
/// Webhooks, for Operators, reading included: a receiver's URL often carries its own credential (chat and automation
/// services put it in the path), so it is not for every Viewer to see.
/// </summary>
internal static class WebhookEndpoints
{
    private static readonly SortFields<Webhook> Sort = new("-createdAt", w => w.Id, new Dictionary<string, Expression<Func<Webhook, object?>>>
    {
        ["createdAt"] = w => w.CreatedAt,
        ["url"] = w => w.Url,
    });

    private static readonly SortFields<WebhookDeliveryAttempt> DeliverySort = new("-attemptedAt", a => a.Id, new Dictionary<string, Expression<Func<WebhookDeliveryAttempt, object?>>>
    {
        ["attemptedAt"] = a => a.AttemptedAt,
    });

    public static void MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var webhooks = app.MapGroup("/api/v1/webhooks").WithTags("Webhooks").RequireAuthorization(OperatorPolicies.Operator).WithRequestValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        webhooks.MapGet("", ListAsync).WithSortFields(Sort).WithSummary("List webhooks without their secrets (paged; sort by createdAt, url).")
            .ProducesValidationProblem();
        webhooks.MapGet("/{id:guid}", GetAsync).WithName("GetWebhook").WithSummary("One webhook, without its secret.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        webhooks.MapPost("", CreateAsync)
            .WithSummary("Register a webhook: matching events are POSTed to its URL, signed in X-Csms-Signature. The response holds the secret; it is never shown again.")
            .ProducesValidationProblem();
        webhooks.MapDelete("/{id:guid}", DeleteAsync).WithSummary("Delete a webhook and its delivery log; retries under way stop.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        webhooks.MapGet("/{id:guid}/deliveries", ListDeliveriesAsync).WithSortFields(DeliverySort)
            .WithSummary("The webhook's delivery log, one line per attempt, newest first (paged; sort by attemptedAt).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<Page<WebhookResponse>>> ListAsync(
        [AsParameters] PageQuery page, IDbContextFactory<EventsDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return TypedResults.Ok(await db.Webhooks.AsNoTracking().ToPageAsync(page, Sort, WebhookResponse.From, cancellationToken));
    }

    private static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> GetAsync(
        Guid id, IDbContextFactory<EventsDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, cancellationToken) is { } webhook
            ? TypedResults.Ok(WebhookResponse.From(webhook))
            : NotFound(id);
    }

    private static async Task<CreatedAtRoute<CreatedWebhookResponse>> CreateAsync(
        CreateWebhookRequest request, ClaimsPrincipal principal, WebhookStore store, CancellationToken cancellationToken)
    {
        var webhook = await store.CreateAsync(request.Url, request.EventTypes, request.StationIds, request.Secret,
            principal.FindFirstValue(OperatorClaims.Name) ?? "unknown", cancellationToken);
        return TypedResults.CreatedAtRoute(CreatedWebhookResponse.From(webhook), "GetWebhook", new { id = webhook.Id });
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, WebhookStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    private static async Task<Results<Ok<Page<WebhookDeliveryResponse>>, ProblemHttpResult>> ListDeliveriesAsync(
        Guid id, [AsParameters] PageQuery page, IDbContextFactory<EventsDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Webhooks.AnyAsync(w => w.Id == id, cancellationToken))
        {
            return NotFound(id);
        }

        return TypedResults.Ok(await db.DeliveryAttempts.AsNoTracking().Where(a => a.WebhookId == id)
            .ToPageAsync(page, DeliverySort, WebhookDeliveryResponse.From, cancellationToken));
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such webhook", detail: $"There is no webhook {id}.");
}
