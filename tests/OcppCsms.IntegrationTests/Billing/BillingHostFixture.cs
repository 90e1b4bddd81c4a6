using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Billing;

/// <summary>One host on a fresh SQLite file whose default tariff is the example (0.30/kWh, 1.00 fee, 20 % tax).</summary>
public sealed class BillingHostFixture : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    internal CsmsProcess Host { get; private set; } = null!;

    /// <summary>The seeded admin's session, for the whole class; tests must not dispose it.</summary>
    internal HttpClient Operator { get; private set; } = null!;

    internal JsonElement Tariff { get; private set; }

    public async Task InitializeAsync()
    {
        Host = await CsmsProcess.StartAsync(BillingApi.Environment(_database));
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
