namespace OcppCsms.Host.Hosting;

/// <summary>The <c>Host</c> section.</summary>
internal sealed class CsmsHostOptions
{
    public const string SectionName = "Host";

    /// <summary>How long a stop (SIGTERM, Ctrl+C) may take: closing station sessions, flushing writers, draining requests.</summary>
    public int ShutdownTimeoutSeconds { get; set; } = 20;
}
