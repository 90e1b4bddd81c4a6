using Microsoft.Extensions.Options;

namespace OcppCsms.Host.Metrics;

/// <summary>
/// Prometheus metrics: the modules' OpenTelemetry instruments and the runtime's, exposed at <c>Metrics:Path</c> in the
/// text format 0.0.4 by an exporter of our own (ADR 0019), and the HTTP request metrics.
/// </summary>
internal static class MetricsModule
{
    public static WebApplicationBuilder AddCsmsMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().Bind(builder.Configuration.GetSection(MetricsOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<MetricsOptions>, MetricsOptionsValidator>();
        builder.Services.AddSingleton<ScraperAllowList>();
        builder.Services.AddSingleton<MetricsScraper>();
        builder.Services.AddSingleton<HttpMetrics>();
        return builder;
    }

    /// <summary>First in the pipeline (see <see cref="HttpMetricsMiddleware"/>); the endpoint is anonymous and outside the API's limits.</summary>
    public static WebApplication UseCsmsMetrics(this WebApplication app)
    {
        app.Services.GetRequiredService<MetricsScraper>();
        var path = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value.Path;
        app.UseMiddleware<HttpMetricsMiddleware>();
        app.MapGet(path, Scrape)
            .WithName("Metrics")
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    private static IResult Scrape(HttpContext context, ScraperAllowList allowList, MetricsScraper scraper)
    {
        if (!allowList.Allows(context.Connection.RemoteIpAddress))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not an allowed scraper",
                detail: "This client's address is not in Metrics:AllowedScrapers.");
        }

        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Bytes(scraper.Scrape(), PrometheusTextWriter.ContentType);
    }
}
