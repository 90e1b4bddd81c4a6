using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OcppCsms.Host.Metrics;

namespace OcppCsms.IntegrationTests.Metrics;

/// <summary>The exposition format itself, driven in-process through the real SDK pipeline and exporter.</summary>
public sealed class PrometheusTextWriterTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly IMeterFactory _meters;
    private readonly MetricsScraper _scraper;

    public PrometheusTextWriterTests()
    {
        _meters = _services.GetRequiredService<IMeterFactory>();
        _scraper = new MetricsScraper(_meters);
    }

    [Fact]
    public void Counters_gain_total_and_units_become_name_suffixes()
    {
        var meter = _meters.Create("OcppCsms.WriterTest");
        meter.CreateCounter<long>("ocpp.messages", "{message}", "Messages.").Add(3);
        meter.CreateCounter<double>("ocpp.energy.delivered", "Wh", "Energy.").Add(1.5);
        meter.CreateUpDownCounter<long>("queue.length", description: "Queued.").Add(-2);
        meter.CreateObservableGauge("process.memory", () => 1024L, "By", "Memory.");

        var exposition = Exposition.Parse(Text());

        Assert.Equal("counter", exposition.Types["ocpp_messages_total"]);
        Assert.Equal("Messages.", exposition.Help["ocpp_messages_total"]);
        Assert.Equal(3, Assert.Single(exposition.Find("ocpp_messages_total")).Value);
        Assert.Equal(1.5, Assert.Single(exposition.Find("ocpp_energy_delivered_wh_total")).Value);
        Assert.Equal("gauge", exposition.Types["queue_length"]);
        Assert.Equal(-2, Assert.Single(exposition.Find("queue_length")).Value);
        Assert.Equal("gauge", exposition.Types["process_memory_bytes"]);
        Assert.Equal(1024, Assert.Single(exposition.Find("process_memory_bytes")).Value);
    }

    [Fact]
    public void Histograms_have_cumulative_buckets_ending_in_inf_then_sum_and_count()
    {
        var meter = _meters.Create("OcppCsms.WriterTest");
        var histogram = meter.CreateHistogram("work.duration", "s", "Work.", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.3, 1] });
        foreach (var seconds in new[] { 0.25, 0.5, 0.75, 3 })
        {
            histogram.Record(seconds, new KeyValuePair<string, object?>("action", "Boot"));
        }

        var text = Text();
        var exposition = Exposition.Parse(text);

        Assert.Equal("histogram", exposition.Types["work_duration_seconds"]);
        Assert.Contains(
            "work_duration_seconds_bucket{action=\"Boot\",le=\"0.3\"} 1\n" +
            "work_duration_seconds_bucket{action=\"Boot\",le=\"1\"} 3\n" +
            "work_duration_seconds_bucket{action=\"Boot\",le=\"+Inf\"} 4\n" +
            "work_duration_seconds_sum{action=\"Boot\"} 4.5\n" +
            "work_duration_seconds_count{action=\"Boot\"} 4\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Label_values_are_escaped_and_names_sanitised()
    {
        var meter = _meters.Create("OcppCsms.WriterTest");
        meter.CreateCounter<long>("odd-name/with.dots", description: "Two\nlines \\ here").Add(1,
            new KeyValuePair<string, object?>("gc.heap.generation", "a\"b\\c\nd"));

        var text = Text();
        var exposition = Exposition.Parse(text);

        Assert.Contains("odd_name_with_dots_total{gc_heap_generation=\"a\\\"b\\\\c\\nd\"} 1\n", text, StringComparison.Ordinal);
        Assert.Equal("Two\\nlines \\\\ here", exposition.Help["odd_name_with_dots_total"]);
        Assert.Equal("a\"b\\c\nd", Assert.Single(exposition.Find("odd_name_with_dots_total")).Labels["gc_heap_generation"]);
    }

    [Fact]
    public void Meters_outside_the_csms_and_runtime_names_are_not_exported()
    {
        using var foreign = new Meter("Somebody.Else");
        foreign.CreateCounter<long>("foreign.count").Add(1);

        Assert.DoesNotContain("foreign_count", Text(), StringComparison.Ordinal);
    }

    private string Text() => Encoding.UTF8.GetString(_scraper.Scrape());

    public void Dispose()
    {
        _scraper.Dispose();
        _services.Dispose();
    }
}
