using Microsoft.AspNetCore.Mvc.Testing;

namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>
/// The host's real composition (Program.cs) built in-process, for tests that need its services, such as the module
/// DbContexts. It does not run the start-up sequence: nothing is migrated or seeded unless the test does it.
/// </summary>
internal sealed class InProcessHost(TestDatabase database) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        foreach (var (key, value) in database.HostEnvironment())
        {
            builder.UseSetting(key.Replace("__", ":", StringComparison.Ordinal), value);
        }
    }
}
