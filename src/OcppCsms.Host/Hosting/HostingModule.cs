using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using OcppCsms.Host.Api;
using OcppCsms.Host.Logging;
using OcppCsms.Host.Security;
using OcppCsms.Identity;

namespace OcppCsms.Host.Hosting;

/// <summary>
/// What the host itself contributes: logging, shutdown behaviour, problem details, the API description and the
/// protections around the API (forwarded headers, CORS, body size, rate limits, security headers).
/// </summary>
internal static class HostingModule
{
    public static WebApplicationBuilder AddCsmsHosting(this WebApplicationBuilder builder)
    {
        builder.AddCsmsLogging();
        builder.AddCsmsSecurity();

        builder.Services.AddOptions<CsmsHostOptions>().Bind(builder.Configuration.GetSection(CsmsHostOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CsmsHostOptions>, CsmsHostOptionsValidator>();
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<CsmsHostOptions>>((host, csms) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(csms.Value.ShutdownTimeoutSeconds));
        builder.Services.TryAddSingleton(TimeProvider.System);

        // RFC 7807 for every error the host produces, each carrying the request id the caller can quote.
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["requestId"] = context.HttpContext.TraceIdentifier);
        builder.Services.AddSingleton<IProblemDetailsWriter, ProblemJsonFallbackWriter>();

        builder.Services.AddApiConventions();
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = $"{ProductInfo.Name} API",
                Version = "v1",
                Description = "Operator API of the OcppCsms charging station management system. Sign in with POST /api/v1/auth/login, " +
                              "then use Authorize with the access token, or with an API key.",
            });
            SwaggerSecurity.AddSchemes(options);
        });
        return builder;
    }

    public static WebApplication UseCsmsHosting(this WebApplication app)
    {
        app.UseCsmsForwardedHeaders();
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseCsmsSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSwagger();
        app.UseSwaggerUI(options => options.DocumentTitle = $"{ProductInfo.Name} API");
        app.UseCsmsCors();
        app.UseOperatorAuthentication();
        // After authentication, to partition by principal; before the audit trail and authorization, so that refused
        // credentials are limited too and a rejected flood writes no audit lines.
        app.UseCsmsRateLimiting();
        app.UseOperatorAuthorization();
        return app;
    }
}
