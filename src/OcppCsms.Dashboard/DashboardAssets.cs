using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace OcppCsms.Dashboard;

/// <summary>
/// The dashboard's files, read once from the assembly's embedded resources (named <c>dashboard/&lt;path&gt;</c> by the
/// project file). They are small (tens of kilobytes in all), so holding them in memory costs less than a file provider.
/// </summary>
internal sealed class DashboardAssets
{
    private const string Prefix = "dashboard/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, DashboardAsset> _assets;

    public DashboardAssets()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        _assets = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name => Load(assembly, name))
            .ToFrozenDictionary(asset => asset.Path, StringComparer.Ordinal);
    }

    /// <summary>The file at <paramref name="path"/> (relative to <c>/dashboard/</c>, case-sensitive as URLs are), or null.</summary>
    public DashboardAsset? Find(string path) => _assets.GetValueOrDefault(path);

    private static DashboardAsset Load(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} cannot be read.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        // Windows builds name nested resources with backslashes.
        var path = name[Prefix.Length..].Replace('\\', '/');
        var contentType = ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12))}\"";
        return new DashboardAsset(path, content, contentType, etag);
    }
}
