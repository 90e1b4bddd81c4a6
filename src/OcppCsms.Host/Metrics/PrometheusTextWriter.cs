using System.Globalization;
using System.Text;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace OcppCsms.Host.Metrics;

/// <summary>
/// Writes OpenTelemetry metrics in the Prometheus text exposition format 0.0.4: per family a <c># HELP</c> and a
/// <c># TYPE</c> line, then one sample per line. Monotonic sums are counters, other sums and gauges are gauges;
/// histograms are cumulative <c>_bucket{le="..."}</c> lines ending with <c>le="+Inf"</c>, then <c>_sum</c> and
/// <c>_count</c>. No timestamps: Prometheus stamps each sample with the scrape time, which is when it was read.
/// </summary>
internal static class PrometheusTextWriter
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static void Write(StringBuilder text, Metric metric)
    {
        var type = metric.MetricType switch
        {
            MetricType.LongSum or MetricType.DoubleSum => "counter",
            MetricType.LongSumNonMonotonic or MetricType.DoubleSumNonMonotonic or MetricType.LongGauge or MetricType.DoubleGauge => "gauge",
            MetricType.Histogram => "histogram",
            _ => null, // Exponential histograms: no instrument here asks for them, and 0.0.4 has no form for them.
        };
        if (type is null)
        {
            return;
        }

        var name = PrometheusNames.Metric(metric.Name, metric.Unit, type == "counter");
        text.Append("# HELP ").Append(name).Append(' ');
        AppendEscaped(text, string.IsNullOrEmpty(metric.Description) ? metric.Name : metric.Description, escapeQuotes: false);
        text.Append('\n').Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            switch (metric.MetricType)
            {
                case MetricType.LongSum or MetricType.LongSumNonMonotonic:
                    AppendSample(text, name, point.Tags, point.GetSumLong());
                    break;
                case MetricType.DoubleSum or MetricType.DoubleSumNonMonotonic:
                    AppendSample(text, name, point.Tags, point.GetSumDouble());
                    break;
                case MetricType.LongGauge:
                    AppendSample(text, name, point.Tags, point.GetGaugeLastValueLong());
                    break;
                case MetricType.DoubleGauge:
                    AppendSample(text, name, point.Tags, point.GetGaugeLastValueDouble());
                    break;
                default:
                    AppendHistogram(text, name, point);
                    break;
            }
        }
    }

    private static void AppendHistogram(StringBuilder text, string name, in MetricPoint point)
    {
        long cumulative = 0;
        foreach (var bucket in point.GetHistogramBuckets())
        {
            cumulative += bucket.BucketCount;
            text.Append(name).Append("_bucket{");
            if (AppendLabels(text, point.Tags))
            {
                text.Append(',');
            }

            text.Append("le=\"");
            AppendNumber(text, bucket.ExplicitBound);
            text.Append("\"} ").Append(cumulative.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        AppendSample(text, name + "_sum", point.Tags, point.GetHistogramSum());
        AppendSample(text, name + "_count", point.Tags, point.GetHistogramCount());
    }

    private static void AppendSample(StringBuilder text, string name, ReadOnlyTagCollection tags, long value)
    {
        AppendSeries(text, name, tags);
        text.Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
    }

    private static void AppendSample(StringBuilder text, string name, ReadOnlyTagCollection tags, double value)
    {
        AppendSeries(text, name, tags);
        AppendNumber(text, value);
        text.Append('\n');
    }

    private static void AppendSeries(StringBuilder text, string name, ReadOnlyTagCollection tags)
    {
        text.Append(name);
        if (tags.Count > 0)
        {
            text.Append('{');
            AppendLabels(text, tags);
            text.Append('}');
        }

        text.Append(' ');
    }

    /// <returns>Whether any label was written.</returns>
    private static bool AppendLabels(StringBuilder text, ReadOnlyTagCollection tags)
    {
        var first = true;
        foreach (var tag in tags)
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            text.Append(PrometheusNames.Label(tag.Key)).Append("=\"");
            AppendEscaped(text, Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? "", escapeQuotes: true);
            text.Append('"');
        }

        return !first;
    }

    /// <summary>Label values escape backslash, double quote and line feed; HELP text backslash and line feed only.</summary>
    private static void AppendEscaped(StringBuilder text, string value, bool escapeQuotes)
    {
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => text.Append(@"\\"),
                '\n' => text.Append(@"\n"),
                '"' when escapeQuotes => text.Append("\\\""),
                _ => text.Append(c),
            };
        }
    }

    private static void AppendNumber(StringBuilder text, double value) => text.Append(value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    });
}
