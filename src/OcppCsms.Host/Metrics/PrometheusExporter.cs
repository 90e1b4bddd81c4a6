using System.Text;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace OcppCsms.Host.Metrics;

/// <summary>
/// A pull exporter in effect: its reader has no timer and collects only when a scrape asks (<see cref="MetricsScraper"/>),
/// so it exports into that scrape's text. It keeps the SDK's default export mode: the SDK lets a Pull-only exporter
/// collect only inside a scope it keeps internal to its own Prometheus exporter, whose packages do not restore from
/// the registry this project builds against.
/// </summary>
internal sealed class PrometheusExporter : BaseExporter<Metric>
{
    /// <summary>The exposition being written; only read and written under the scraper's lock.</summary>
    public StringBuilder Text { get; } = new();

    public override ExportResult Export(in Batch<Metric> batch)
    {
        foreach (var metric in batch)
        {
            PrometheusTextWriter.Write(Text, metric);
        }

        return ExportResult.Success;
    }
}
