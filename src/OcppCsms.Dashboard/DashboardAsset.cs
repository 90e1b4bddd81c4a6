namespace OcppCsms.Dashboard;

/// <summary>One static file of the dashboard, held in memory with the validator browsers revalidate it by.</summary>
/// <param name="ETag">A strong entity tag (RFC 9110 §8.8.3) derived from the content, so it changes exactly when the file does.</param>
internal sealed record DashboardAsset(string Path, byte[] Content, string ContentType, string ETag);
