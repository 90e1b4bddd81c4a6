using static OcppCsms.IntegrationTests.Commands.CommandApi;

namespace OcppCsms.IntegrationTests.Commands;

/// <summary>The OCPP 1.6 Remote Trigger profile's TriggerMessage, for every message 1.6 can trigger, and its 2.0.1 twin.</summary>
[Collection(CommandsCollection.Name)]
public sealed class RemoteTriggerCommandTests(CommandsHost fixture)
{
    private static readonly string[] Messages =
        ["BootNotification", "DiagnosticsStatusNotification", "FirmwareStatusNotification", "Heartbeat", "MeterValues", "StatusNotification"];

    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task Trigger_message_asks_a_1_6_station_for_every_message_1_6_can_trigger()
    {
        await using var station = await fixture.StationAsync("CP-TRIGGER-16");
        foreach (var message in Messages)
        {
            var (sent, _) = await RoundTripAsync(Admin, station, "trigger-message", new { requestedMessage = message }, "TriggerMessage", """{"status":"Accepted"}""");
            AssertJson($$$"""{"requestedMessage":"{{{message}}}"}""", sent);
        }

        var (narrowed, _) = await RoundTripAsync(Admin, station, "trigger-message", new { requestedMessage = "StatusNotification", connectorId = 2 },
            "TriggerMessage", """{"status":"NotImplemented"}""");
        AssertJson("""{"requestedMessage":"StatusNotification","connectorId":2}""", narrowed);
    }

    [Fact]
    public async Task Trigger_message_names_the_evse_in_2_0_1_which_has_no_DiagnosticsStatusNotification()
    {
        await using var station = await fixture.StationAsync("CP-TRIGGER-201", "ocpp2.0.1");

        var (sent, _) = await RoundTripAsync(Admin, station, "trigger-message", new { requestedMessage = "StatusNotification", connectorId = 2 },
            "TriggerMessage", """{"status":"Rejected"}""");

        AssertJson("""{"requestedMessage":"StatusNotification","evse":{"id":2}}""", sent);
        var problem = await RefusedAsync(Admin, station, "trigger-message", new { requestedMessage = "DiagnosticsStatusNotification" }, "PropertyConstraintViolation");
        Assert.Contains("LogStatusNotification", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
