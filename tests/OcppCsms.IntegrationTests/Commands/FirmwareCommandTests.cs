using static OcppCsms.IntegrationTests.Commands.CommandApi;

namespace OcppCsms.IntegrationTests.Commands;

/// <summary>The OCPP 1.6 Firmware Management profile's commands, and their 2.0.1 twins (GetLog, UpdateFirmware) with a CSMS-allocated requestId.</summary>
[Collection(CommandsCollection.Name)]
public sealed class FirmwareCommandTests(CommandsHost fixture)
{
    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task Get_diagnostics_is_GetDiagnostics_in_1_6_and_GetLog_of_the_diagnostics_log_in_2_0_1()
    {
        var body = new
        {
            location = "ftp://logs.example.com/diagnostics/",
            retries = 3,
            retryInterval = 60,
            startTime = "2026-11-20T00:00:00Z",
            stopTime = "2026-11-21T12:30:00+01:00",
        };

        await using var v16 = await fixture.StationAsync("CP-DIAG-16");
        var (sent, answer) = await RoundTripAsync(Admin, v16, "get-diagnostics", body, "GetDiagnostics", """{"fileName":"diag-CP.zip"}""");
        AssertJson("""
            {"location":"ftp://logs.example.com/diagnostics/","retries":3,"retryInterval":60,
             "startTime":"2026-11-20T00:00:00.000Z","stopTime":"2026-11-21T11:30:00.000Z"}
            """, sent);
        Assert.False(answer.TryGetProperty("ocppRequestId", out _));

        await using var v201 = await fixture.StationAsync("CP-DIAG-201", "ocpp2.0.1");
        (sent, answer) = await RoundTripAsync(Admin, v201, "get-diagnostics", body, "GetLog", """{"status":"Accepted","filename":"diag-CS.zip"}""");
        var requestId = answer.GetProperty("ocppRequestId").GetInt32();
        AssertJson($$$"""
            {"logType":"DiagnosticsLog","requestId":{{{requestId}}},"retries":3,"retryInterval":60,
             "log":{"remoteLocation":"ftp://logs.example.com/diagnostics/","oldestTimestamp":"2026-11-20T00:00:00.000Z","latestTimestamp":"2026-11-21T11:30:00.000Z"}}
            """, sent);
    }

    [Fact]
    public async Task Update_firmware_is_UpdateFirmware_in_both_versions_with_a_requestId_in_2_0_1()
    {
        var body = new { location = "https://firmware.example.com/cp-2.1.bin", retrieveDate = "2026-12-01T02:00:00Z", retries = 2 };

        await using var v16 = await fixture.StationAsync("CP-FW-16");
        var (sent, answer) = await RoundTripAsync(Admin, v16, "update-firmware", body, "UpdateFirmware", "{}");
        AssertJson("""{"location":"https://firmware.example.com/cp-2.1.bin","retries":2,"retrieveDate":"2026-12-01T02:00:00.000Z"}""", sent);
        Assert.False(answer.TryGetProperty("ocppRequestId", out _));

        await using var v201 = await fixture.StationAsync("CP-FW-201", "ocpp2.0.1");
        (sent, answer) = await RoundTripAsync(Admin, v201, "update-firmware", body, "UpdateFirmware", """{"status":"Accepted"}""");
        var requestId = answer.GetProperty("ocppRequestId").GetInt32();
        AssertJson($$$"""
            {"retries":2,"requestId":{{{requestId}}},"firmware":{"location":"https://firmware.example.com/cp-2.1.bin","retrieveDateTime":"2026-12-01T02:00:00.000Z"}}
            """, sent);
    }
}
