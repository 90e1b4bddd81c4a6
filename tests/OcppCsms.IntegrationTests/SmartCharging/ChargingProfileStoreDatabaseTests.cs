using Microsoft.Extensions.DependencyInjection;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;
using OcppCsms.SharedKernel.Events;
using OcppCsms.Transactions.SmartCharging;

namespace OcppCsms.IntegrationTests.SmartCharging;

/// <summary>
/// The kept profiles where they touch the database, on SQLite and PostgreSQL: the replace rules, a clear by criteria,
/// and TxProfiles following their transactions through the TransactionStarted/TransactionStopped events (the data the
/// transactions side publishes), with the host's real composition in-process.
/// </summary>
public abstract class ChargingProfileStoreDatabaseTests
{
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    [DatabaseFact]
    public async Task Kept_profiles_follow_replacements_clears_and_the_transactions_they_belong_to()
    {
        await using var database = await CreateDatabaseAsync();
        await using var host = new InProcessHost(database);
        var store = host.Services.GetRequiredService<ChargingProfileStore>();
        var events = host.Services.GetRequiredService<IEventPublisher>();
        const string Station = "CP-SC-DB";
        var none = CancellationToken.None;

        await store.InstallAsync(Station, 0, Profile(1, ChargingProfilePurpose.ChargePointMaxProfile), "SetChargingProfile", null, none);
        await store.InstallAsync(Station, 1, Profile(2, ChargingProfilePurpose.TxDefaultProfile), "SetChargingProfile", null, none);
        await store.InstallAsync(Station, 1, Profile(3, ChargingProfilePurpose.TxProfile) with { TransactionId = "41" }, "SetChargingProfile", null, none);
        await store.InstallAsync(Station, null, Profile(4, ChargingProfilePurpose.TxProfile, stackLevel: 1), "RemoteStartTransaction", "TAG-A", none);
        await store.InstallAsync(Station, 2, Profile(5, ChargingProfilePurpose.TxProfile), "RemoteStartTransaction", "TAG-B", none);
        await store.InstallAsync(Station, 1, Profile(6, ChargingProfilePurpose.TxDefaultProfile), "SetChargingProfile", null, none);
        await store.InstallAsync("CP-SC-OTHER", 1, Profile(6, ChargingProfilePurpose.TxDefaultProfile), "SetChargingProfile", null, none);
        Assert.Equal([(null, 4, null), (0, 1, null), (1, 6, null), (1, 3, "41"), (2, 5, null)], await KeptAsync(store, Station));

        // Transaction 42 starts on connector 1 for TAG-A: the remote start's profile 4 belongs to it; profile 3 was left
        // from transaction 41, whose stop was missed.
        events.Publish(CsmsEventTypes.TransactionStarted, Station, Data("42", connectorId: 1, idTag: "TAG-A"));
        await Poll.UntilAsync(async () => (await KeptAsync(store, Station)).SequenceEqual([(0, 1, null), (1, 6, null), (1, 4, "42"), (2, 5, null)]),
            "Profile 4 bound to transaction 42 and profile 3 dropped");

        // A 2.0.1 transaction names its EVSE; one started by another token leaves the remote start's profile 5 behind.
        events.Publish(CsmsEventTypes.TransactionStarted, Station, Data("tx-7", connectorId: 1, idTag: "TAG-C", evseId: 2));
        await Poll.UntilAsync(async () => (await KeptAsync(store, Station)).SequenceEqual([(0, 1, null), (1, 6, null), (1, 4, "42")]),
            "Profile 5 dropped by another token's transaction on EVSE 2");

        // Another remote start for TAG-A whose answer was kept only after its transaction 42 had started: it ends with 42.
        await store.InstallAsync(Station, 1, Profile(7, ChargingProfilePurpose.TxProfile, stackLevel: 2), "RemoteStartTransaction", "TAG-A", none);
        events.Publish(CsmsEventTypes.TransactionStopped, Station, Data("42", connectorId: 1, idTag: "TAG-A"));
        await Poll.UntilAsync(async () => (await KeptAsync(store, Station)).SequenceEqual([(0, 1, null), (1, 6, null)]), "Profile 4 ended with transaction 42");

        await store.ClearAsync(Station, new ChargingProfileCriteria(ConnectorId: 0, ChargingProfilePurpose: ChargingProfilePurpose.ChargePointMaxProfile, StackLevel: 0), none);
        var left = Assert.Single(await store.ListAsync(Station, null, none));
        Assert.Equal((6, 16m), (left.ChargingProfileId, left.Schedule.Periods[0].Limit));
        Assert.Single(await store.ListAsync("CP-SC-OTHER", 1, none));
    }

    private static async Task<List<(int? Connector, int Id, string? TransactionId)>> KeptAsync(ChargingProfileStore store, string stationId) =>
        [.. (await store.ListAsync(stationId, null, CancellationToken.None)).Select(p => (p.ConnectorId, p.ChargingProfileId, p.TransactionId))];

    private static Dictionary<string, object?> Data(string transactionId, int connectorId, string idTag, int? evseId = null) => new()
    {
        ["id"] = 1L,
        ["transactionId"] = transactionId,
        ["connectorId"] = connectorId,
        ["evseId"] = evseId,
        ["idTag"] = idTag,
    };

    private static ChargingProfile Profile(int id, ChargingProfilePurpose purpose, int stackLevel = 0) => new()
    {
        Id = id,
        StackLevel = stackLevel,
        Purpose = purpose,
        Kind = ChargingProfileKind.Absolute,
        Schedule = new ChargingSchedule
        {
            StartSchedule = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            ChargingRateUnit = ChargingRateUnit.A,
            Periods = [new ChargingSchedulePeriod { StartPeriod = 0, Limit = 16 }],
        },
    };
}

public sealed class SqliteChargingProfileStoreDatabaseTests : ChargingProfileStoreDatabaseTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresChargingProfileStoreDatabaseTests(PostgresServer server) : ChargingProfileStoreDatabaseTests, IUsesPostgres
{
    private protected override async Task<TestDatabase> CreateDatabaseAsync() => await server.CreateDatabaseAsync();
}
