using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace OcppCsms.Host.Security;

/// <summary>
/// Cross-origin access for browser front ends on other origins, only for the origins named in <c>Cors:AllowedOrigins</c>.
/// With none named, no CORS headers are ever sent and browsers keep every other origin out (same-origin policy).
/// </summary>
internal static class CorsSetup
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    // What a script on an allowed origin may read besides the CORS-safelisted response headers: the request id to quote,
    // when to retry after a 429, and where a created resource lives.
    private static readonly string[] ExposedHeaders = ["X-Request-Id", "Retry-After", "Location"];

    // Browsers cap the preflight cache anyway (Chromium at 2 hours); ten minutes spares a preflight per call without
    // keeping a removed origin allowed for long.
    private static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    public static WebApplicationBuilder AddCsmsCors(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CrossOriginOptions>().Bind(builder.Configuration.GetSection(CrossOriginOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CrossOriginOptions>, CrossOriginOptionsValidator>();
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<IOptions<CrossOriginOptions>>((cors, configured) =>
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. configured.Value.AllowedOrigins])
                .WithMethods(Methods)
                .AllowAnyHeader()
                .AllowCredentials()
                .WithExposedHeaders(ExposedHeaders)
                .SetPreflightMaxAge(PreflightMaxAge)));
        return builder;
    }

    /// <summary>Before authentication: a preflight carries no credentials and must be answered without them.</summary>
    public static WebApplication UseCsmsCors(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<CrossOriginOptions>>().Value.AllowedOrigins.Count > 0)
        {
            app.UseCors();
        }

        return app;
    }
}
