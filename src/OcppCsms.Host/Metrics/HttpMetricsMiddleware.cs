using System.Diagnostics;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace OcppCsms.Host.Metrics;

/// <summary>
/// Measures every HTTP request but the scrapes themselves (which would otherwise measure the scraper). First in the
/// pipeline, so that requests refused by the protections (401, 403, 413, 429) count too.
/// </summary>
internal sealed class HttpMetricsMiddleware(RequestDelegate next, HttpMetrics metrics, IOptions<MetricsOptions> options)
{
    private readonly PathString _metricsPath = options.Value.Path;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.Equals(_metricsPath, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        // Routing has already run (the host routes first); the exception handler clears the endpoint when it re-executes.
        var routed = context.GetEndpoint();
        try
        {
            await next(context);
        }
        finally
        {
            var endpoint = context.GetEndpoint() ?? routed;
            var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? HttpMetrics.Unmatched;
            metrics.Record(context.Request.Method, route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started),
                session: context.WebSockets.IsWebSocketRequest && context.Response.StatusCode == StatusCodes.Status101SwitchingProtocols);
        }
    }
}
