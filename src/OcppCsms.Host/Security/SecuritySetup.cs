namespace OcppCsms.Host.Security;

/// <summary>The host's protections around the API: forwarded headers, CORS, body size, rate limits, TLS, security headers.</summary>
internal static class SecuritySetup
{
    public static WebApplicationBuilder AddCsmsSecurity(this WebApplicationBuilder builder)
    {
        builder.AddCsmsForwardedHeaders().AddCsmsCors().AddCsmsApiLimits().AddCsmsRateLimiting().AddCsmsTls();
        builder.Services.ConfigureSwaggerGen(options => options.OperationFilter<ApiLimitResponses>());
        return builder;
    }

    public static WebApplication UseCsmsSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        return app;
    }
}
