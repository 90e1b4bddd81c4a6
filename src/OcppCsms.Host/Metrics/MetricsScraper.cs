using System.Diagnostics.Metrics;
using System.Text;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace OcppCsms.Host.Metrics;

/// <summary>
/// The OpenTelemetry SDK meter provider of this host and its one reader: the modules' meters (<c>OcppCsms.*</c>, made
/// by this host's <see cref="IMeterFactory"/>) and the runtime's <c>System.Runtime</c> meter (GC, thread pool, working
/// set, CPU). Sums are cumulative, as Prometheus expects. Built when the host maps its endpoints, so that measurements
/// from the first station on are kept.
/// </summary>
internal sealed class MetricsScraper : IDisposable
{
    public const string ModuleMeters = "OcppCsms.*";
    public const string RuntimeMeter = "System.Runtime";
    private const int CollectTimeoutMilliseconds = 5_000;

    private readonly PrometheusExporter _exporter = new();
    private readonly BaseExportingMetricReader _reader;
    private readonly MeterProvider _provider;
    private readonly Lock _scraping = new();

    public MetricsScraper(IMeterFactory meterFactory)
    {
        _reader = new BaseExportingMetricReader(_exporter);
        _provider = Sdk.CreateMeterProviderBuilder()
            .AddMeter(ModuleMeters, RuntimeMeter)
            // Meters of the same name made by another host's factory in the same process (tests) are not this host's.
            .AddView(instrument => instrument.Meter.Scope is { } scope && !ReferenceEquals(scope, meterFactory) ? MetricStreamConfiguration.Drop : null)
            .AddReader(_reader)
            .Build();
    }

    /// <summary>Collects every instrument now (observable ones call back) and returns the exposition as UTF-8.</summary>
    public byte[] Scrape()
    {
        lock (_scraping)
        {
            _exporter.Text.Clear();
            _reader.Collect(CollectTimeoutMilliseconds);
            return Encoding.UTF8.GetBytes(_exporter.Text.ToString());
        }
    }

    public void Dispose()
    {
        _provider.Dispose();
        _reader.Dispose();
        _exporter.Dispose();
    }
}
