using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Ocpp;

/// <summary>
/// BootNotification in both versions, answered from the station's registration: an unknown station is Pending (the
/// default policy) until an operator accepts it, a rejected one is Rejected, with the configured intervals.
/// </summary>
public sealed class BootNotificationTests(BootNotificationHost fixture) : IClassFixture<BootNotificationHost>
{
    private const string V16Boot = """{"chargePointVendor":"Acme","chargePointModel":"AC-22","firmwareVersion":"1.2.3"}""";
    private const string V201Boot = """{"reason":"PowerUp","chargingStation":{"vendorName":"Acme","model":"AC-22"}}""";

    private CsmsProcess Csms => fixture.Setup.Host;

    private HttpClient Admin => fixture.Setup.Admin;

    [Theory]
    [InlineData("ocpp1.6", V16Boot)]
    [InlineData("ocpp2.0.1", V201Boot)]
    public async Task An_unknown_station_is_pending_until_accepted_then_gets_the_heartbeat_interval(string subProtocol, string boot)
    {
        var stationId = $"CP-BOOT-{subProtocol}";
        using var station = await StationClient.ConnectAsync(Csms, stationId, subProtocol);

        Assert.Equal(("Pending", 45), await BootAsync(station, boot));
        Assert.Equal(HttpStatusCode.OK, (await Admin.PostAsync($"/api/v1/stations/{stationId}/accept", null)).StatusCode);
        Assert.Equal(("Accepted", 120), await BootAsync(station, boot));
        Assert.Equal(HttpStatusCode.OK, (await Admin.PostAsync($"/api/v1/stations/{stationId}/reject", null)).StatusCode);
        Assert.Equal(("Rejected", 45), await BootAsync(station, boot));
    }

    [Theory]
    [InlineData("ocpp1.6", """{"chargePointVendor":"Acme Charging Solutions Inc","chargePointModel":"AC-22"}""", "PropertyConstraintViolation", "chargePointVendor")]
    [InlineData("ocpp1.6", """{"chargePointModel":"AC-22"}""", "OccurenceConstraintViolation", "chargePointVendor")]
    [InlineData("ocpp2.0.1", """{"reason":"Switched on","chargingStation":{"vendorName":"Acme","model":"AC-22"}}""", "PropertyConstraintViolation", "reason")]
    [InlineData("ocpp2.0.1", """{"reason":"PowerUp","chargingStation":{"vendorName":"Acme","model":22}}""", "TypeConstraintViolation", "chargingStation.model")]
    public async Task A_boot_that_breaks_the_schema_gets_the_precise_callerror(string subProtocol, string boot, string code, string field)
    {
        using var station = await StationClient.ConnectAsync(Csms, $"CP-BADBOOT-{Guid.NewGuid():N}"[..26], subProtocol);

        await station.SendTextAsync($$"""[2,"b-1","BootNotification",{{boot}}]""");
        var error = JsonDocument.Parse(await station.ReceiveTextAsync()).RootElement;

        Assert.Equal((4, "b-1", code), (error[0].GetInt32(), error[1].GetString(), error[2].GetString()));
        Assert.Contains($"'{field}'", error[3].GetString(), StringComparison.Ordinal);
    }

    private static async Task<(string, int)> BootAsync(ClientWebSocket station, string boot)
    {
        await station.SendTextAsync($$"""[2,"{{Guid.NewGuid():N}}","BootNotification",{{boot}}]""");
        var answer = JsonDocument.Parse(await station.ReceiveTextAsync()).RootElement;
        Assert.Equal(3, answer[0].GetInt32());
        var payload = answer[2];
        Assert.True(Math.Abs((payload.GetProperty("currentTime").GetDateTime() - DateTime.UtcNow).TotalMinutes) < 1);
        return (payload.GetProperty("status").GetString()!, payload.GetProperty("interval").GetInt32());
    }
}
