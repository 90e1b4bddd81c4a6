using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OcppCsms.Billing.Persistence;
using OcppCsms.Billing.Pricing;
using OcppCsms.Billing.Tariffs;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Billing;

/// <summary>
/// Tariffs where they touch the database, on SQLite and PostgreSQL, with the host's real composition in-process: the
/// default rules, versions on edit, assignments and the resolution precedence as pricing sees it through the cache.
/// </summary>
public abstract class TariffStoreDatabaseTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [DatabaseFact]
    public async Task Sessions_are_priced_with_the_most_specific_valid_tariff_at_the_version_of_their_start()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = new InProcessHost(database);
        var store = host.Services.GetRequiredService<TariffStore>();
        var pricer = host.Services.GetRequiredService<ISessionPricer>();

        // The first tariff is the default even when the request does not ask for it.
        var standard = await store.CreateAsync(Terms("Standard", 0.30m), isDefault: false, None);
        Assert.True(standard.Tariff.IsDefault);
        var station = await store.CreateAsync(Terms("Station", 0.40m), isDefault: false, None);
        var group = await store.CreateAsync(Terms("Group", 0.20m), isDefault: false, None);
        var tag = await store.CreateAsync(Terms("Tag", 0.10m), isDefault: false, None);
        Assert.False(tag.Tariff.IsDefault);
        Assert.NotNull(await store.AssignAsync(station.Tariff.Id, null, "CS-TARIFF", None));
        Assert.NotNull(await store.AssignAsync(group.Tariff.Id, "Fleet", null, None));
        Assert.NotNull(await store.AssignAsync(tag.Tariff.Id, "tag-1", null, None));
        await Assert.ThrowsAsync<TariffConflictException>(() => store.AssignAsync(tag.Tariff.Id, "TAG-1", null, None));
        Assert.Null(await store.AssignAsync(9_999, "TAG-1", null, None));

        var now = DateTime.UtcNow;
        Assert.Equal(("Tag", 1.00m), await PriceAsync(pricer, now, "CS-TARIFF", "TAG-1", "FLEET"));
        Assert.Equal(("Group", 2.00m), await PriceAsync(pricer, now, "CS-TARIFF", "TAG-2", "fleet"));
        Assert.Equal(("Station", 4.00m), await PriceAsync(pricer, now, "CS-TARIFF", "TAG-2", null));
        Assert.Equal(("Standard", 3.00m), await PriceAsync(pricer, now, "CS-OTHER", "TAG-2", null));

        // An edit adds a version: a session that started before it keeps the old prices, one that starts after gets the new.
        var edited = await store.UpdateAsync(standard.Tariff.Id, Terms("Standard", 0.35m), isDefault: true, None);
        Assert.Equal(2, edited!.Current.Version);
        Assert.Equal(("Standard", 3.00m), await PriceAsync(pricer, edited.Current.CreatedAt.AddMilliseconds(-1), "CS-OTHER", null, null));
        Assert.Equal(("Standard", 3.50m), await PriceAsync(pricer, edited.Current.CreatedAt, "CS-OTHER", null, null));

        // A tag tariff whose window has closed is skipped: the group's applies.
        await store.UpdateAsync(tag.Tariff.Id, Terms("Tag", 0.10m) with { ValidTo = edited.Current.CreatedAt }, isDefault: false, None);
        Assert.Equal(("Group", 2.00m), await PriceAsync(pricer, edited.Current.CreatedAt.AddDays(1), "CS-TARIFF", "TAG-1", "FLEET"));

        // The default moves in one transaction; the default can be neither un-defaulted nor deleted.
        await Assert.ThrowsAsync<TariffConflictException>(() => store.UpdateAsync(standard.Tariff.Id, Terms("Standard", 0.35m), isDefault: false, None));
        await Assert.ThrowsAsync<TariffConflictException>(() => store.DeleteAsync(standard.Tariff.Id, None));
        await store.UpdateAsync(station.Tariff.Id, Terms("Station", 0.40m), isDefault: true, None);
        Assert.Equal([station.Tariff.Id], await DefaultsAsync(host));
        Assert.Equal(("Station", 4.00m), await PriceAsync(pricer, DateTime.UtcNow, "CS-OTHER", null, null));

        // Deleting a tariff takes its versions, periods and assignments with it: the station falls back to the default.
        Assert.True(await store.DeleteAsync(group.Tariff.Id, None));
        Assert.False(await store.DeleteAsync(group.Tariff.Id, None));
        Assert.Equal(("Station", 4.00m), await PriceAsync(pricer, DateTime.UtcNow.AddDays(1), "CS-OTHER", "TAG-1", "FLEET"));
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BillingDbContext>>().CreateDbContextAsync();
        Assert.False(await db.TariffVersions.AnyAsync(v => v.TariffId == group.Tariff.Id));
        Assert.False(await db.TariffAssignments.AnyAsync(a => a.TariffId == group.Tariff.Id));
        Assert.Equal(2, await db.TariffPeriods.CountAsync(p => p.TariffVersionId == standard.Current.Id));
    }

    private static async Task<(string Tariff, decimal Net)> PriceAsync(ISessionPricer pricer, DateTime startedAt, string stationId, string? idTag, string? parentIdTag)
    {
        // 10 kWh in an hour; the tariffs' periods charge what their base prices do, so the net is the same any time.
        var priced = await pricer.PriceAsync(new BillableSession(stationId, idTag, parentIdTag, startedAt, startedAt.AddHours(1), 1_000m, 11_000m, []), None);
        Assert.NotNull(priced);
        return (priced.Tariff.Name, priced.Net);
    }

    private static async Task<List<long>> DefaultsAsync(InProcessHost host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BillingDbContext>>().CreateDbContextAsync();
        return await db.Tariffs.Where(t => t.IsDefault).Select(t => t.Id).ToListAsync();
    }

    private static TariffTerms Terms(string name, decimal pricePerKwh) => new(
        name, "EUR", pricePerKwh, 0m, 0m, 0, 0m, null, null, 0.20m, null, null, "UTC",
        [
            new PeriodTerms("Night", [DayOfWeek.Saturday, DayOfWeek.Sunday], new TimeOnly(0, 0), new TimeOnly(0, 0), pricePerKwh, 0m),
            new PeriodTerms("Early", [], new TimeOnly(5, 0), new TimeOnly(6, 0), pricePerKwh, 0m),
        ]);
}

public sealed class SqliteTariffStoreDatabaseTests : TariffStoreDatabaseTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresTariffStoreDatabaseTests(PostgresServer server) : TariffStoreDatabaseTests, IUsesPostgres
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();
}
