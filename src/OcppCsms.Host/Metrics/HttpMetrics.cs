using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;

namespace OcppCsms.Host.Metrics;

/// <summary>
/// <c>http_requests_total</c> and <c>http_request_duration_seconds</c> by method, route template and status. The route
/// is the matched endpoint's template (<c>/api/v1/stations/{id}</c>), never the raw path: station ids and other
/// identifiers would make a series per value.
/// </summary>
internal sealed class HttpMetrics
{
    public const string MeterName = "OcppCsms.Host";

    /// <summary>The route label of a request no endpoint matched (404s, probes of random paths).</summary>
    public const string Unmatched = "unmatched";

    /// <summary>The method label of a method outside the standard set, which a client could otherwise vary at will.</summary>
    public const string OtherMethod = "_OTHER";

    private static readonly double[] DurationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    /// <summary>The status label of each valid code, made once rather than per request.</summary>
    private static readonly string[] StatusCodeTexts = Enumerable.Range(100, 500).Select(code => code.ToString(CultureInfo.InvariantCulture)).ToArray();

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;

    public HttpMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>("http.requests", description: "HTTP requests answered, by method, route template and status code.");
        _duration = meter.CreateHistogram("http.request.duration", "s", "Time to answer an HTTP request, by method, route template and status code.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
    }

    /// <param name="session">An accepted WebSocket: its duration is the session's lifetime, not a request's, so it is only counted.</param>
    public void Record(string method, string route, int statusCode, TimeSpan elapsed, bool session)
    {
        var tags = new TagList { { "method", KnownMethod(method) }, { "route", route }, { "status", StatusText(statusCode) } };
        _requests.Add(1, tags);
        if (!session)
        {
            _duration.Record(elapsed.TotalSeconds, tags);
        }
    }

    private static string KnownMethod(string method) => method switch
    {
        _ when HttpMethods.IsGet(method) => HttpMethods.Get,
        _ when HttpMethods.IsPost(method) => HttpMethods.Post,
        _ when HttpMethods.IsPut(method) => HttpMethods.Put,
        _ when HttpMethods.IsPatch(method) => HttpMethods.Patch,
        _ when HttpMethods.IsDelete(method) => HttpMethods.Delete,
        _ when HttpMethods.IsHead(method) => HttpMethods.Head,
        _ when HttpMethods.IsOptions(method) => HttpMethods.Options,
        _ => OtherMethod,
    };

    private static string StatusText(int statusCode) => statusCode is >= 100 and < 600
        ? StatusCodeTexts[statusCode - 100]
        : statusCode.ToString(CultureInfo.InvariantCulture);
}
