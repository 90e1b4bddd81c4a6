using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Commands;
using static OcppCsms.IntegrationTests.Commands.CommandApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Commands201;

/// <summary>
/// The 2.0.1 reports and notifications kept as received (N02, O03, N09, K09, K12, K13, K15/K17) and shown at
/// <c>GET /api/v1/stations/{id}/reports</c>, with their answers.
/// </summary>
[Collection(CommandsCollection.Name)]
public sealed class StationReportTests(CommandsHost fixture)
{
    private const string Schedule = """{"id":1,"chargingRateUnit":"W","chargingSchedulePeriod":[{"startPeriod":0,"limit":11000.0}]}""";

    private HttpClient Admin => fixture.Admin;

    public static TheoryData<string, string, string> Notifications => new()
    {
        { "NotifyDisplayMessages", """{"requestId":41,"messageInfo":[{"id":3,"priority":"InFront","message":{"format":"UTF8","content":"Welkom"}}]}""", "{}" },
        { "NotifyCustomerInformation", """{"data":"No data found","seqNo":0,"generatedAt":"2026-12-05T10:00:00Z","requestId":42}""", "{}" },
        {
            "ReportChargingProfiles",
            $$"""{"requestId":43,"chargingLimitSource":"CSO","evseId":1,"chargingProfile":[{"id":9,"stackLevel":0,"chargingProfilePurpose":"TxDefaultProfile","chargingProfileKind":"Absolute","chargingSchedule":[{{Schedule}}]}]}""",
            "{}"
        },
        { "NotifyChargingLimit", """{"chargingLimit":{"chargingLimitSource":"EMS","isGridCritical":true},"evseId":1}""", "{}" },
        { "ClearedChargingLimit", """{"chargingLimitSource":"EMS","evseId":1}""", "{}" },
        {
            "NotifyEVChargingNeeds",
            """{"evseId":1,"chargingNeeds":{"requestedEnergyTransfer":"AC_three_phase","acChargingParameters":{"energyAmount":20000,"evMinCurrent":6,"evMaxCurrent":32,"evMaxVoltage":400}}}""",
            """{"status":"Rejected","statusInfo":{"reasonCode":"UnsupportedRequest","additionalInfo":"This CSMS computes no charging schedules from EV charging needs."}}"""
        },
        { "NotifyEVChargingSchedule", $$"""{"timeBase":"2026-12-05T10:00:00Z","evseId":1,"chargingSchedule":{{Schedule}}}""", """{"status":"Accepted"}""" },
    };

    [Theory]
    [MemberData(nameof(Notifications))]
    public async Task A_notification_is_answered_kept_as_received_and_shown(string action, string payload, string expectedAnswer)
    {
        await using var station = await fixture.StationAsync("CP-REPORT", "ocpp2.0.1");
        AssertJson(expectedAnswer, await station.CallAsync(action, JsonDocument.Parse(payload).RootElement));

        var page = await JsonAsync(await Admin.GetAsync($"/api/v1/stations/{station.Id}/reports?action={action}"), HttpStatusCode.OK);
        var report = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(action, report.Text("action"));
        AssertJson(payload, report.GetProperty("payload"));
        var requestId = JsonDocument.Parse(payload).RootElement.TryGetProperty("requestId", out var id) ? id.GetInt32() : (int?)null;
        Assert.Equal(requestId, report.GetProperty("requestId").ValueKind == JsonValueKind.Null ? null : report.GetProperty("requestId").GetInt32());
        Assert.False(report.GetProperty("tbc").GetBoolean());
    }

    [Fact]
    public async Task A_monitoring_report_in_parts_is_kept_part_by_part_and_read_by_its_requestId()
    {
        await using var station = await fixture.StationAsync("CP-REPORT-PARTS", "ocpp2.0.1");
        var (_, answer) = await RoundTripAsync(Admin, station, "get-monitoring-report", new { }, "GetMonitoringReport", """{"status":"Accepted"}""");
        var requestId = answer.GetProperty("ocppRequestId").GetInt32();
        for (var seqNo = 0; seqNo < 3; seqNo++)
        {
            var part = new
            {
                requestId,
                seqNo,
                tbc = seqNo < 2,
                generatedAt = "2026-12-05T10:00:00Z",
                monitor = new[]
                {
                    new
                    {
                        component = new { name = "EVSE", evse = new { id = seqNo + 1 } },
                        variable = new { name = "Power" },
                        variableMonitoring = new[] { new { id = 10 + seqNo, transaction = false, value = 400.0, type = "UpperThreshold", severity = 4 } },
                    },
                },
            };
            AssertJson("{}", await station.CallAsync("NotifyMonitoringReport", part));
        }

        await station.CallAsync("NotifyDisplayMessages", new { requestId });
        var page = await JsonAsync(await Admin.GetAsync($"/api/v1/stations/{station.Id}/reports?action=NotifyMonitoringReport&requestId={requestId}&sort=seqNo"),
            HttpStatusCode.OK);
        Assert.Equal(3, page.GetProperty("totalCount").GetInt32());
        var parts = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([0, 1, 2], parts.Select(p => p.GetProperty("seqNo").GetInt32()));
        Assert.Equal([true, true, false], parts.Select(p => p.GetProperty("tbc").GetBoolean()));
        Assert.Equal([10, 11, 12], parts.Select(p => p.GetProperty("payload").GetProperty("monitor")[0].GetProperty("variableMonitoring")[0].GetProperty("id").GetInt32()));

        var all = await JsonAsync(await Admin.GetAsync($"/api/v1/stations/{station.Id}/reports?requestId={requestId}"), HttpStatusCode.OK);
        Assert.Equal(4, all.GetProperty("totalCount").GetInt32());
        Assert.Equal("NotifyDisplayMessages", all.GetProperty("items")[0].Text("action"));
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync("/api/v1/stations/CP-NOBODY/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.GetAsync($"/api/v1/stations/{station.Id}/reports?action={new string('x', 41)}")).StatusCode);
    }

    [Fact]
    public async Task A_notification_that_breaks_its_schema_is_refused_and_not_kept()
    {
        await using var station = await fixture.StationAsync("CP-REPORT-BAD", "ocpp2.0.1");
        var (code, _) = await station.CallErrorAsync("NotifyCustomerInformation", new { data = "x", seqNo = 0, requestId = 1 });
        Assert.Equal("OccurrenceConstraintViolation", code);
        var page = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/stations/{station.Id}/reports");
        Assert.Equal(0, page.GetProperty("totalCount").GetInt32());
    }
}
