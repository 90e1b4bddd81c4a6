using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace OcppCsms.Host.Api;

/// <summary>
/// Problem details for clients whose Accept header names no JSON type (an EventSource sends
/// <c>text/event-stream</c>): the framework's writer declines those and the error would go out with no body.
/// Registered after the framework's writer, so it only takes what that one declines.
/// </summary>
internal sealed class ProblemJsonFallbackWriter(IOptions<ProblemDetailsOptions> problemOptions, IOptions<JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(
            problem, problem.GetType(), jsonOptions.Value.SerializerOptions, "application/problem+json", context.HttpContext.RequestAborted));
    }
}
