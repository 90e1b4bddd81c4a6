using static OcppCsms.IntegrationTests.Commands.CommandApi;

namespace OcppCsms.IntegrationTests.Commands;

/// <summary>
/// The commands of the OCPP 1.6 security whitepaper (ExtendedTriggerMessage, GetLog, SignedUpdateFirmware) and their
/// 2.0.1 originals (TriggerMessage, GetLog, UpdateFirmware).
/// </summary>
[Collection(CommandsCollection.Name)]
public sealed class SecurityCommandTests(CommandsHost fixture)
{
    private const string Certificate = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUW3Rlc3Q=\n-----END CERTIFICATE-----\n";

    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task Extended_trigger_message_is_ExtendedTriggerMessage_in_1_6_and_TriggerMessage_in_2_0_1()
    {
        await using var v16 = await fixture.StationAsync("CP-XTRIGGER-16");
        foreach (var message in new[] { "LogStatusNotification", "FirmwareStatusNotification", "SignChargePointCertificate" })
        {
            var (sent, _) = await RoundTripAsync(Admin, v16, "extended-trigger-message", new { requestedMessage = message }, "ExtendedTriggerMessage",
                """{"status":"Accepted"}""");
            AssertJson($$$"""{"requestedMessage":"{{{message}}}"}""", sent);
        }

        await using var v201 = await fixture.StationAsync("CP-XTRIGGER-201", "ocpp2.0.1");
        var (certificate, _) = await RoundTripAsync(Admin, v201, "extended-trigger-message", new { requestedMessage = "SignChargePointCertificate" },
            "TriggerMessage", """{"status":"Accepted"}""");
        AssertJson("""{"requestedMessage":"SignChargingStationCertificate"}""", certificate);
        var (meterValues, _) = await RoundTripAsync(Admin, v201, "extended-trigger-message", new { requestedMessage = "MeterValues", connectorId = 1 },
            "TriggerMessage", """{"status":"Accepted"}""");
        AssertJson("""{"requestedMessage":"MeterValues","evse":{"id":1}}""", meterValues);
    }

    [Fact]
    public async Task Get_log_keeps_the_caller_s_requestId_or_allocates_one_and_answers_with_it()
    {
        var log = new { remoteLocation = "https://logs.example.com/upload", oldestTimestamp = "2026-11-01T00:00:00Z" };

        await using var v16 = await fixture.StationAsync("CP-LOG-16");
        var (sent, answer) = await RoundTripAsync(Admin, v16, "get-log", new { logType = "SecurityLog", requestId = 77, log, retries = 1, retryInterval = 30 },
            "GetLog", """{"status":"Accepted","filename":"security.log"}""");
        AssertJson("""
            {"logType":"SecurityLog","requestId":77,"retries":1,"retryInterval":30,
             "log":{"remoteLocation":"https://logs.example.com/upload","oldestTimestamp":"2026-11-01T00:00:00.000Z"}}
            """, sent);
        Assert.Equal(77, answer.GetProperty("ocppRequestId").GetInt32());

        (sent, answer) = await RoundTripAsync(Admin, v16, "get-log", new { logType = "DiagnosticsLog", log }, "GetLog", """{"status":"Rejected"}""");
        Assert.Equal(answer.GetProperty("ocppRequestId").GetInt32(), sent.GetProperty("requestId").GetInt32());

        await using var v201 = await fixture.StationAsync("CP-LOG-201", "ocpp2.0.1");
        (sent, answer) = await RoundTripAsync(Admin, v201, "get-log", new { logType = "SecurityLog", log }, "GetLog", """{"status":"AcceptedCanceled"}""");
        var requestId = answer.GetProperty("ocppRequestId").GetInt32();
        AssertJson($$$"""
            {"logType":"SecurityLog","requestId":{{{requestId}}},"log":{"remoteLocation":"https://logs.example.com/upload","oldestTimestamp":"2026-11-01T00:00:00.000Z"}}
            """, sent);
    }

    [Fact]
    public async Task Signed_update_firmware_is_SignedUpdateFirmware_in_1_6_and_UpdateFirmware_with_its_signature_in_2_0_1()
    {
        var firmware = new
        {
            location = "https://firmware.example.com/cp-3.0.bin",
            retrieveDateTime = "2026-12-01T02:00:00Z",
            installDateTime = "2026-12-01T03:00:00Z",
            signingCertificate = Certificate,
            signature = "c2lnbmF0dXJl",
        };
        const string expectedFirmware = """
            {"location":"https://firmware.example.com/cp-3.0.bin","retrieveDateTime":"2026-12-01T02:00:00.000Z","installDateTime":"2026-12-01T03:00:00.000Z",
             "signingCertificate":"-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUW3Rlc3Q=\n-----END CERTIFICATE-----\n","signature":"c2lnbmF0dXJl"}
            """;

        await using var v16 = await fixture.StationAsync("CP-SIGNFW-16");
        var (sent, answer) = await RoundTripAsync(Admin, v16, "signed-update-firmware", new { requestId = 5, retries = 2, firmware }, "SignedUpdateFirmware",
            """{"status":"InvalidCertificate"}""");
        AssertJson($$$"""{"requestId":5,"retries":2,"firmware":{{{expectedFirmware}}}}""", sent);
        Assert.Equal(5, answer.GetProperty("ocppRequestId").GetInt32());

        await using var v201 = await fixture.StationAsync("CP-SIGNFW-201", "ocpp2.0.1");
        (sent, answer) = await RoundTripAsync(Admin, v201, "signed-update-firmware", new { firmware }, "UpdateFirmware", """{"status":"Accepted"}""");
        AssertJson($$$"""{"requestId":{{{answer.GetProperty("ocppRequestId").GetInt32()}}},"firmware":{{{expectedFirmware}}}}""", sent);
    }
}
