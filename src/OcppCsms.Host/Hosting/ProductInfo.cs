using System.Reflection;

namespace OcppCsms.Host.Hosting;

internal static class ProductInfo
{
    public const string Name = "OcppCsms";

    /// <summary>When this process started (UTC); read once, it does not change.</summary>
    public static DateTime StartedAt { get; } = System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime();

    public static string Version { get; } =
        typeof(ProductInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
