using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using OcppCsms.Identity.Contracts;

namespace OcppCsms.Identity.Audit;

/// <summary>
/// Marks endpoints that write their own, richer audit lines (sign-in, tokens, passwords). The generic line is still
/// written when they wrote none: a request refused before the handler ran (401, 403, 400) must be on record too.
/// </summary>
internal sealed class ExplicitAuditAttribute : Attribute;

/// <summary>
/// Records every state-changing API request (POST, PUT, PATCH, DELETE under <c>/api/</c>), whatever its outcome:
/// the route as the action, the resource as the target (its id from the route, or from <c>Location</c> on creation),
/// the status code as the outcome. Failing to write the line is logged, never turned into a failed request.
/// </summary>
internal sealed partial class AuditTrailMiddleware(RequestDelegate next, AuditLog audit, ILogger<AuditTrailMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e)
        {
            // An unreadable body, or a failure in the handler: the exception handler further out writes the answer,
            // after this middleware has returned, so the line records the status that handler will give.
            await RecordAsync(context, StatusOf(e, context));
            throw;
        }

        await RecordAsync(context, context.Response.StatusCode);
    }

    private async Task RecordAsync(HttpContext context, int status)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)
            || context.GetEndpoint() is not RouteEndpoint endpoint
            || (endpoint.Metadata.GetMetadata<ExplicitAuditAttribute>() is not null && AuditLog.RecordedDuring(context))
            || endpoint.RoutePattern.RawText is not { } pattern
            || !pattern.StartsWith("/api/", StringComparison.Ordinal))
        {
            return;
        }

        var record = new AuditRecord(
            Action: $"{context.Request.Method} {pattern.TrimEnd('/')}",
            TargetType: ResourceOf(pattern),
            TargetId: context.GetRouteValue("id")?.ToString() ?? CreatedId(context.Response),
            Outcome: status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            await audit.RecordAsync(record, AuditActor.Of(context.User), CancellationToken.None);
        }
        catch (Exception e)
        {
            LogAuditFailed(logger, e, record.Action);
        }
    }

    // What ExceptionHandlerMiddleware answers: the request error's own status, 499 when the client went away, else 500.
    private static int StatusOf(Exception exception, HttpContext context) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        OperationCanceledException when context.RequestAborted.IsCancellationRequested => StatusCodes.Status499ClientClosedRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    // "/api/v1/api-keys/{id}" -> "api-keys"
    private static string? ResourceOf(string pattern) =>
        pattern.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(2).FirstOrDefault();

    private static string? CreatedId(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status201Created && response.Headers.Location.ToString() is { Length: > 0 } location
            ? location.TrimEnd('/').Split('/')[^1]
            : null;

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the audit line for {Action}")]
    private static partial void LogAuditFailed(ILogger logger, Exception exception, string action);
}
