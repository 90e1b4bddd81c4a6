using Microsoft.Net.Http.Headers;

namespace OcppCsms.Host.Security;

/// <summary>
/// Headers that tell browsers how little they may do with our responses. Applied just before the response starts, so
/// error responses written after the exception handler has cleared the headers carry them too. A response that set
/// its own Content-Security-Policy or Cache-Control (a future dashboard page) keeps it.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>API and health answers are data, never documents: nothing may load, run or frame them.</summary>
    private const string DataPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Swagger UI: its own scripts and styles from /swagger (its index.html has no inline script or style, and
    /// swagger-ui sets element styles through the DOM, which CSP does not restrict), the icons that swagger-ui.css embeds
    /// as data: images, and fetches of the OpenAPI document and "Try it out" calls to this origin. The one inline style
    /// it needs, the &lt;style&gt; of its logo's SVG (<c>.logo_small_svg__cls-2{fill:#fff}...</c>), is allowed by its
    /// hash (CSP Level 3 §2.3.1) instead of 'unsafe-inline'; a test checks that the script served still carries it.
    /// </summary>
    private const string SwaggerPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='; " +
        "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static readonly PathString Swagger = "/swagger";
    private static readonly PathString Api = "/api";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state => Apply((HttpContext)state), context);
        return next(context);
    }

    private static Task Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        // Never framed: no clickjacking of the Swagger UI's Authorize and Execute buttons. frame-ancestors in the CSP says
        // the same to current browsers; X-Frame-Options is for those that predate it.
        headers.XFrameOptions = "DENY";
        // Our URLs (ids, filters, queries) are nobody else's business: no Referer leaves a page of ours.
        headers["Referrer-Policy"] = "no-referrer";
        if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(Swagger, StringComparison.OrdinalIgnoreCase) ? SwaggerPolicy : DataPolicy;
        }

        // API answers hold operator data and tokens: no browser or shared cache may keep them.
        if (context.Request.Path.StartsWithSegments(Api, StringComparison.OrdinalIgnoreCase) && !headers.ContainsKey(HeaderNames.CacheControl))
        {
            headers.CacheControl = "no-store";
        }

        return Task.CompletedTask;
    }
}
