using System.Reflection;

namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>The host as an operator runs it: its own build output, started with <c>dotnet OcppCsms.Host.dll</c>.</summary>
internal static class HostBinary
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string DllPath { get; } = Path.Combine(
        RepositoryRoot, "src", "OcppCsms.Host", "bin",
        typeof(HostBinary).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug",
        "net10.0", "OcppCsms.Host.dll");

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OcppCsms.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"OcppCsms.sln not found above {AppContext.BaseDirectory}.");
    }
}
