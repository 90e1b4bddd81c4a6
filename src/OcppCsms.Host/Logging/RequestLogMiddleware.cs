using System.Diagnostics;

namespace OcppCsms.Host.Logging;

/// <summary>
/// Gives every HTTP request an id (the caller's <c>X-Request-Id</c> when it is sane, a new one otherwise), echoes it,
/// puts it on every log line written during the request, and writes one line when the request ends.
/// </summary>
internal sealed partial class RequestLogMiddleware(RequestDelegate next, ILogger<RequestLogMiddleware> logger)
{
    public const string HeaderName = "X-Request-Id";
    private const int MaxRequestIdLength = 128;

    public async Task InvokeAsync(HttpContext context)
    {
        var requestId = AcceptedRequestId(context.Request.Headers[HeaderName]) ?? Guid.NewGuid().ToString("N");
        context.TraceIdentifier = requestId;
        // Set as the response starts: the exception handler clears headers set earlier when it rewrites an error.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = requestId;
            return Task.CompletedTask;
        });

        var started = Stopwatch.GetTimestamp();
        using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = requestId }))
        {
            try
            {
                await next(context);
            }
            finally
            {
                // The path only: query strings can carry tokens.
                LogRequest(logger, context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }

    /// <summary>Only short ids of safe characters are taken from the caller, so the header cannot forge log lines.</summary>
    internal static string? AcceptedRequestId(string? candidate)
    {
        if (string.IsNullOrEmpty(candidate) || candidate.Length > MaxRequestIdLength)
        {
            return null;
        }

        foreach (var c in candidate)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':' or '/' or '+' or '=' or '@'))
            {
                return null;
            }
        }

        return candidate;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double elapsedMs);
}
