using System.Text;

namespace OcppCsms.Host.Metrics;

/// <summary>
/// OpenTelemetry instrument names and units as Prometheus names: <c>http.request.duration</c> in <c>s</c> becomes
/// <c>http_request_duration_seconds</c>, a counter gains <c>_total</c>. Prometheus allows <c>[a-zA-Z_:][a-zA-Z0-9_:]*</c>
/// in metric names and no <c>:</c> in label names; anything else becomes <c>_</c>, runs of <c>_</c> collapse.
/// </summary>
internal static class PrometheusNames
{
    public static string Metric(string name, string? unit, bool isCounter)
    {
        var metric = Sanitize(name, allowColon: true);
        if (UnitSuffix(unit) is { Length: > 0 } suffix && !metric.EndsWith("_" + suffix, StringComparison.Ordinal))
        {
            metric += "_" + suffix;
        }

        return isCounter && !metric.EndsWith("_total", StringComparison.Ordinal) ? metric + "_total" : metric;
    }

    public static string Label(string key) => Sanitize(key, allowColon: false);

    /// <summary>
    /// The UCUM units the instruments here use, as the words Prometheus names carry. Annotations in braces
    /// (<c>{message}</c>) and the dimensionless <c>1</c> add nothing to a name.
    /// </summary>
    private static string? UnitSuffix(string? unit) => unit switch
    {
        null or "" or "1" => null,
        ['{', .., '}'] => null,
        "s" => "seconds",
        "ms" => "milliseconds",
        "By" => "bytes",
        "Wh" => "wh",
        "%" => "percent",
        _ => Sanitize(unit, allowColon: false).Trim('_').ToLowerInvariant(),
    };

    private static string Sanitize(string text, bool allowColon)
    {
        var name = new StringBuilder(text.Length + 1);
        foreach (var c in text)
        {
            var valid = char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':');
            if (valid)
            {
                name.Append(c);
            }
            else if (name.Length == 0 || name[^1] != '_')
            {
                name.Append('_');
            }
        }

        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            name.Insert(0, '_');
        }

        return name.ToString();
    }
}
