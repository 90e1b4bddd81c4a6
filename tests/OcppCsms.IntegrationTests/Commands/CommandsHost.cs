using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;

namespace OcppCsms.IntegrationTests.Commands;

/// <summary>
/// One host for the command tests: a short call timeout (so a silent station costs 2 s, not 30) and room for the many
/// requests the signed-in admin makes. Each test uses stations of its own, so the tests do not disturb each other.
/// </summary>
public sealed class CommandsHost : IAsyncLifetime
{
    private AdminHost _setup = null!;

    internal CsmsProcess Host => _setup.Host;

    internal HttpClient Admin => _setup.Admin;

    public async Task InitializeAsync() =>
        _setup = await AdminHost.StartAsync(("Ocpp__CallTimeoutSeconds", "2"), ("RateLimiting__ApiPerMinute", "100000"));

    public async Task DisposeAsync() => await _setup.DisposeAsync();

    /// <summary>A registered (Accepted) station of a new identity, connected with <paramref name="subProtocol"/>, once the host shows its session.</summary>
    internal async Task<TestStation> StationAsync(string prefix, string subProtocol = "ocpp1.6")
    {
        var station = await TestStation.RegisterAndConnectAsync(Host, Admin, StationApi.UniqueId(prefix), subProtocol);
        await StationApi.GetConnectedAsync(Admin, station.Id);
        return station;
    }
}

[CollectionDefinition(Name)]
public sealed class CommandsCollection : ICollectionFixture<CommandsHost>
{
    public const string Name = "Commands";
}
