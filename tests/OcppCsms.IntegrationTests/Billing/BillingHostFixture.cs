using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Billing;

/// <summary>
/// One host on a fresh SQLite file whose default tariff is the example (0.30/kWh, 1.00 fee, 20 % tax), with
/// settings of a subclass on top of <see cref="BillingApi.Environment"/>'s.
/// </summary>
public class BillingHostFixture : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private readonly (string Key, string? Value)[] _settings;

    public BillingHostFixture()
        : this([])
    {
    }

    // Not public: xunit builds a fixture through its one public constructor.
    protected BillingHostFixture(params (string Key, string? Value)[] settings) => _settings = settings;

    internal CsmsProcess Host { get; private set; } = null!;

    /// <summary>The seeded admin's session, for the whole class; tests must not dispose it.</summary>
    internal HttpClient Operator { get; private set; } = null!;

    internal JsonElement Tariff { get; private set; }

    public async Task InitializeAsync()
    {
        Host = await CsmsProcess.StartAsync(BillingApi.Environment(_database, _settings));
        Operator = await OperatorSession.BearerClientAsync(Host);
        Tariff = await BillingApi.CreateStandardTariffAsync(Operator);
    }

    public async Task DisposeAsync()
    {
        Operator.Dispose();
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
