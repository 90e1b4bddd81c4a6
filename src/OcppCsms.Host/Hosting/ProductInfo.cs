using System.Reflection;

namespace OcppCsms.Host.Hosting;

internal static class ProductInfo
{
    public const string Name = "OcppCsms";

    public static string Version { get; } =
        typeof(ProductInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
