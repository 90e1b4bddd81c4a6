using Microsoft.AspNetCore.Mvc.Testing;

namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>
/// The host's real composition (Program.cs) run in-process on a test server, for tests that need its services, such
/// as the module DbContexts or the endpoint data source. Program.cs runs as usual, start-up sequence included: the
/// database is migrated and seeded before <see cref="WebApplicationFactory{TEntryPoint}.Services"/> returns. <paramref name="settings"/>
/// are configuration keys in the environment's <c>Section__Key</c> form.
/// </summary>
internal sealed class InProcessHost(TestDatabase database, params (string Key, string? Value)[] settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        foreach (var (key, value) in database.HostEnvironment(settings))
        {
            builder.UseSetting(key.Replace("__", ":", StringComparison.Ordinal), value);
        }
    }
}
