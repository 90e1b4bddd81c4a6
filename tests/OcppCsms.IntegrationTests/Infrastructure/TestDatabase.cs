using System.Data.Common;

namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>A fresh, empty database for one test: its provider and connection string, as the host's environment.</summary>
internal abstract class TestDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public abstract DbConnection CreateConnection();

    public Dictionary<string, string?> HostEnvironment(params (string Key, string? Value)[] extra)
    {
        var environment = new Dictionary<string, string?>
        {
            ["Database__Provider"] = Provider,
            ["ConnectionStrings__Csms"] = ConnectionString,
            ["Admin__Password"] = TestSecrets.AdminPassword,
        };
        foreach (var (key, value) in extra)
        {
            environment[key] = value;
        }

        return environment;
    }

    public abstract ValueTask DisposeAsync();
}

internal static class TestSecrets
{
    public const string AdminPassword = "integration-tests-admin-password";
}
