using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Commands.CommandApi;
using static OcppCsms.IntegrationTests.DeviceModel.DeviceModelApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;
using static OcppCsms.IntegrationTests.Stations.StationStateApi;

namespace OcppCsms.IntegrationTests.DeviceModel;

/// <summary>
/// OCPP 2.0.1 B02.FR.02: while Pending, a station may send the NotifyReport the CSMS asked for, and the report is kept;
/// before it was asked, the registration gate refuses it. The host's unknown stations are Pending.
/// </summary>
public sealed class PendingStationReportTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    [Fact]
    public async Task A_pending_station_s_report_is_kept_once_the_CSMS_asked_for_it()
    {
        var admin = await fixture.OperatorAsync();
        var id = UniqueId("CP-DM-PENDING");
        await using var station = await TestStation.ConnectAsync(fixture.Host, id, "ocpp2.0.1");
        Assert.Equal("Pending", (await station.CallAsync("BootNotification", Boot201)).Text("status"));

        Assert.Equal("SecurityError", (await station.CallErrorAsync("NotifyReport", Report(1))).Code);
        Assert.Empty(await VariablesAsync(admin, id));

        var (_, answer) = await RoundTripAsync(admin, station, "get-base-report", new { reportBase = "SummaryInventory" }, "GetBaseReport", """{"status":"Accepted"}""");
        await station.CallAsync("NotifyReport", Report(answer.GetProperty("ocppRequestId").GetInt32()));
        var row = Assert.Single(await VariablesAsync(admin, id));
        Assert.Equal(("ChargingStation", "AvailabilityState", "Unavailable"),
            (row.GetProperty("component").GetString(), row.GetProperty("variable").GetString(), row.GetProperty("value").GetString()));
    }

    private static string Report(int requestId) => $$$"""
        {"requestId":{{{requestId}}},"generatedAt":"2026-12-04T10:00:00Z","seqNo":0,"reportData":[
          {"component":{"name":"ChargingStation"},"variable":{"name":"AvailabilityState"},"variableAttribute":[{"value":"Unavailable","mutability":"ReadOnly"}]}]}
        """;
}
