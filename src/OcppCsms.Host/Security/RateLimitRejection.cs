using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace OcppCsms.Host.Security;

/// <summary>
/// Answers a request over its budget: 429 Too Many Requests (RFC 6585 §4) rather than the middleware's default 503,
/// which would tell clients and monitors that the server is down. Retry-After (RFC 9110 §10.2.3) says when to come back.
/// </summary>
internal sealed partial class RateLimitRejection(RateLimitPartitioner partitioner, IProblemDetailsService problems, ILogger<RateLimitRejection> logger)
{
    public async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        // Only limited requests are rejected, so the request has a bucket; it is resolved again rather than carried along.
        var bucket = partitioner.Resolve(context)!.Value;
        LogRejected(logger, bucket.Scope, bucket.Partition, bucket.PermitLimit);

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            // Whole seconds, rounded up: coming back a fraction early would only be refused again.
            context.Response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = "https://tools.ietf.org/html/rfc6585#section-4",
                Title = "Too many requests",
                Detail = bucket.Describe(),
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit reached: {Scope} budget of {Partition} ({PermitLimit} a minute); request refused with 429")]
    private static partial void LogRejected(ILogger logger, RateLimitScope scope, string partition, int permitLimit);
}
