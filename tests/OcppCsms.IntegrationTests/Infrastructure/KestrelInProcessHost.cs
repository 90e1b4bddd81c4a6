using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>
/// The real composition on real Kestrel, in-process, on a free 127.0.0.1 port: for tests that drive stations over
/// real sockets and also reach into the host's services (for example to make the CSMS call a station).
/// </summary>
internal sealed class KestrelInProcessHost : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly (string Key, string? Value)[] _settings;

    public KestrelInProcessHost(TestDatabase database, params (string Key, string? Value)[] settings)
    {
        _database = database;
        _settings = settings;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    public Uri StationUri(string stationId)
    {
        var address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new Uri($"ws://{address.Authority}/ocpp/{Uri.EscapeDataString(stationId)}");
    }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        foreach (var (key, value) in _database.HostEnvironment(_settings))
        {
            builder.UseSetting(key.Replace("__", ":", StringComparison.Ordinal), value);
        }
    }
}
