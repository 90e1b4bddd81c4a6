using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace OcppCsms.Host.Security;

/// <summary>
/// One global limiter keyed on the request, so no endpoint has to opt in: sign-in per client address, the rest of the
/// API per principal (or per address without credentials). Fixed one-minute windows, no queue: a request over the
/// budget is answered at once instead of holding a connection.
/// </summary>
internal static class RateLimitingSetup
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static WebApplicationBuilder AddCsmsRateLimiting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitingOptions>().Bind(builder.Configuration.GetSection(RateLimitingOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RateLimitingOptions>, RateLimitingOptionsValidator>();
        builder.Services.AddSingleton<RateLimitPartitioner>();
        builder.Services.AddSingleton<RateLimitRejection>();

        builder.Services.AddRateLimiter(options => options.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
        builder.Services.AddOptions<RateLimiterOptions>().Configure<RateLimitPartitioner, RateLimitRejection>((options, partitioner, rejection) =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, RateLimitBucket>(context => partitioner.Resolve(context) is { } bucket
                ? RateLimitPartition.GetFixedWindowLimiter(bucket, key => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = key.PermitLimit,
                    Window = Window,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
                // One shared "no limit" partition: the default bucket is never a real one (it has no partition name).
                : RateLimitPartition.GetNoLimiter(default(RateLimitBucket)));
            options.OnRejected = rejection.WriteAsync;
        });
        return builder;
    }

    /// <summary>After authentication, so the budget of a signed-in caller is their own and not their address's.</summary>
    public static WebApplication UseCsmsRateLimiting(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }
}
