namespace OcppCsms.Host.Metrics;

/// <summary>
/// The <c>Metrics</c> section: where Prometheus scrapes and who may. The endpoint is anonymous (Prometheus carries no
/// operator credentials) and reveals counts, not data; the allow-list keeps it to the scrapers when the host is exposed.
/// </summary>
internal sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>The path of the Prometheus text exposition, e.g. <c>/metrics</c>.</summary>
    public string Path { get; set; } = "/metrics";

    /// <summary>IP addresses (<c>10.0.0.5</c>) or CIDR networks (<c>10.0.0.0/8</c>) allowed to scrape; empty allows everyone.</summary>
    public List<string> AllowedScrapers { get; set; } = [];
}
