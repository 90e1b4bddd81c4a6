using System.Net;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Transactions.TransactionsApi;
using Events201 = OcppCsms.IntegrationTests.Transactions.TransactionEventsApi;

namespace OcppCsms.IntegrationTests.Transactions.Operations;

/// <summary>
/// Suspicious data is answered and recorded as ever, and flagged on its transaction: station times in the future or
/// before 2010, energy registers going backwards, energy no connector could deliver in the time; <c>?flag=</c> lists them.
/// </summary>
public sealed class DataFlagTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    private static List<string?> Flags(JsonElement transaction) => transaction.GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ToList();

    [Fact]
    public async Task A_16_station_s_suspicious_times_and_registers_flag_their_transactions_and_clean_ones_stay_unflagged()
    {
        var client = await fixture.OperatorAsync();
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-FLAG-16"));
        await station.CallAsync("BootNotification", new { chargePointVendor = "Test", chargePointModel = "Flags" });
        var now = DateTime.UtcNow;
        var unsetClock = await StartAsync(station, 1, "FLAG-OLD", meterStart: 0, new DateTime(2009, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        var ahead = await StartAsync(station, 2, "FLAG-FUTURE", meterStart: 0, now.AddMinutes(-5));
        await station.CallAsync("MeterValues", EnergyReading(2, ahead, now.AddHours(1), "100"));
        var backwards = await StartAsync(station, 3, "FLAG-BACK", meterStart: 10_000, now.AddMinutes(-30));
        await station.CallAsync("MeterValues", EnergyReading(3, backwards, now.AddMinutes(-20), "9000"));
        // 50 kWh in 2 minutes is 1500 kW, far above the default 350.
        var implausible = await StartAsync(station, 4, "FLAG-FAST", meterStart: 0, now.AddMinutes(-10));
        await station.CallAsync("StopTransaction", new { transactionId = implausible, meterStop = 50_000, timestamp = At(now.AddMinutes(-8)) });
        var clean = await StartAsync(station, 5, "FLAG-CLEAN", meterStart: 1_000, now.AddMinutes(-60));
        await station.CallAsync("MeterValues", EnergyReading(5, clean, now.AddMinutes(-30), "12000"));
        await station.CallAsync("StopTransaction", new { transactionId = clean, meterStop = 20_000, timestamp = At(now.AddMinutes(-1)) });

        Assert.Equal(["TimestampBefore2010"], Flags(await FindAsync(client, station.Id, unsetClock)));
        Assert.Equal(["TimestampInFuture"], Flags(await FindAsync(client, station.Id, ahead)));
        Assert.Equal(["EnergyRegisterBackwards"], Flags(await FindAsync(client, station.Id, backwards)));
        Assert.Equal(["ImplausibleEnergy"], Flags(await FindAsync(client, station.Id, implausible)));
        var cleanOne = await FindAsync(client, station.Id, clean);
        Assert.Empty(Flags(cleanOne));
        Assert.Equal("Completed", cleanOne.Text("status"));
        var listed = await ListAsync(client, $"stationId={station.Id}&flag=EnergyRegisterBackwards");
        Assert.Equal(backwards.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(listed).Text("transactionId"));
    }

    [Fact]
    public async Task A_201_transaction_is_flagged_from_its_events_times_and_readings()
    {
        var client = await fixture.OperatorAsync();
        await using var station = await TestStation.RegisterAndConnectAsync(fixture.Host, client, UniqueId("CP-FLAG-201"), "ocpp2.0.1");
        var transactionId = Events201.NewTransactionId();
        var startedAt = DateTime.UtcNow.AddMinutes(-30);

        await station.CallAsync("TransactionEvent", Events201.Event("Started", 0, transactionId, startedAt, 5_000m));
        await station.CallAsync("TransactionEvent", Events201.Event("Updated", 1, transactionId, startedAt.AddMinutes(10), 4_000m));
        await station.CallAsync("TransactionEvent", Events201.Event("Ended", 2, transactionId, DateTime.UtcNow.AddHours(2), 6_000m));

        var transaction = await Events201.FindAsync(client, station.Id, transactionId);
        Assert.Equal("Completed", transaction.Text("status"));
        Assert.Equal(["TimestampInFuture", "EnergyRegisterBackwards"], Flags(transaction));
        Assert.Contains(await ListAsync(client, $"stationId={station.Id}&flag=TimestampInFuture"), t => t.Text("transactionId") == transactionId);
    }

    [Theory]
    [InlineData("None")]
    [InlineData("3")]
    [InlineData("Suspicious")]
    public async Task A_flag_filter_that_names_no_single_flag_is_a_400(string flag)
    {
        var client = await fixture.OperatorAsync();

        var problem = await ProblemAsync(await client.GetAsync($"/api/v1/transactions?flag={flag}"), HttpStatusCode.BadRequest);

        Assert.NotNull(problem.GetProperty("errors").EnumerateObject().SingleOrDefault(e => e.Name.Equals("flag", StringComparison.OrdinalIgnoreCase)).Name);
    }
}
