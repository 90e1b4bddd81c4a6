using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace OcppCsms.Dashboard;

/// <summary>
/// Serves the dashboard at <c>/dashboard/</c> (and sends <c>/</c> there). The files are public: they hold no data, and
/// every call they make to the API carries the operator's token. Pages are addressed by the URL fragment
/// (<c>/dashboard/#/stations/CP1</c>), so one document serves every page and the server needs no fallback route.
/// </summary>
internal static class DashboardEndpoints
{
    private const string Root = "/dashboard/";

    /// <summary>
    /// The page's own policy, which the host's security headers keep: scripts, styles and images only from this origin
    /// (no inline code, so an injected string can never run), API calls and the events WebSocket to this host, never
    /// framed. <c>ws:</c>/<c>wss:</c> are listed because CSP Level 3 lets <c>'self'</c> match the WebSocket schemes only
    /// in browsers that implement that part of it.
    /// </summary>
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => TypedResults.Redirect(Root)).ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/dashboard/{**path}", Serve).ExcludeFromDescription().AllowAnonymous();
    }

    private static IResult Serve(string? path, HttpContext context, DashboardAssets assets)
    {
        // The catch-all matches /dashboard too; the page's relative script and style URLs need the trailing slash.
        if (string.IsNullOrEmpty(path) && !context.Request.Path.Value!.EndsWith('/'))
        {
            return TypedResults.Redirect(Root);
        }

        var asset = assets.Find(string.IsNullOrEmpty(path) ? "index.html" : path);
        if (asset is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"The dashboard has no file {path}.");
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.ETag = asset.ETag;
        // Revalidated on every use (a 304 costs one small round trip): the file names carry no version, so a browser
        // must never run yesterday's script against today's API.
        headers.CacheControl = "no-cache";
        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag == asset.ETag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }
}
