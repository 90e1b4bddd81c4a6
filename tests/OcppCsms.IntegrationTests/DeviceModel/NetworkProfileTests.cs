using System.Net;
using OcppCsms.IntegrationTests.Commands;
using static OcppCsms.IntegrationTests.Commands.CommandApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.DeviceModel;

/// <summary>OCPP 2.0.1 B09 SetNetworkProfile.</summary>
[Collection(CommandsCollection.Name)]
public sealed class NetworkProfileTests(CommandsHost fixture)
{
    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task Set_network_profile_sends_the_profile_with_its_vpn_and_apn_to_the_slot()
    {
        await using var station = await fixture.StationAsync("CP-DM-NETWORK", "ocpp2.0.1");
        var (sent, _) = await RoundTripAsync(Admin, station, "set-network-profile", new
            {
                configurationSlot = 2,
                connectionData = new
                {
                    ocppVersion = "OCPP20",
                    ocppTransport = "JSON",
                    ocppCsmsUrl = "wss://csms.example.com/ocpp",
                    messageTimeout = 30,
                    securityProfile = 2,
                    ocppInterface = "Wireless0",
                    vpn = new { server = "vpn.example.com", user = "cp", password = "vpn-secret", key = "shared-key", type = "IKEv2" },
                    apn = new { apn = "internet.example", apnAuthentication = "AUTO", useOnlyPreferredNetwork = false },
                },
            },
            "SetNetworkProfile", """{"status":"Accepted"}""");
        AssertJson("""
            {"configurationSlot":2,"connectionData":{"ocppVersion":"OCPP20","ocppTransport":"JSON","ocppCsmsUrl":"wss://csms.example.com/ocpp","messageTimeout":30,
             "securityProfile":2,"ocppInterface":"Wireless0",
             "vpn":{"server":"vpn.example.com","user":"cp","password":"vpn-secret","key":"shared-key","type":"IKEv2"},
             "apn":{"apn":"internet.example","useOnlyPreferredNetwork":false,"apnAuthentication":"AUTO"}}}
            """, sent);

        await RoundTripAsync(Admin, station, "set-network-profile", new
            {
                configurationSlot = 1,
                connectionData = new { ocppVersion = "OCPP20", ocppTransport = "JSON", ocppCsmsUrl = "ws://10.0.0.1:8080/ocpp", messageTimeout = 30, securityProfile = 1, ocppInterface = "Wired0" },
            },
            "SetNetworkProfile", """{"status":"Rejected","statusInfo":{"reasonCode":"LowerSecurityProfile"}}""");
    }

    [Fact]
    public async Task A_profile_without_its_required_fields_is_not_sent_and_a_1_6_station_is_refused()
    {
        await using var station = await fixture.StationAsync("CP-DM-NETWORK-BAD", "ocpp2.0.1");
        var problem = await ProblemAsync(await PostAsync(Admin, station.Id, "set-network-profile", new
            {
                configurationSlot = 1,
                connectionData = new { ocppVersion = "OCPP20", ocppCsmsUrl = "https://csms.example.com", messageTimeout = 0, securityProfile = 4, ocppInterface = "Wired0" },
            }), HttpStatusCode.BadRequest);
        Assert.Equal(
            ["connectionData.messageTimeout", "connectionData.ocppCsmsUrl", "connectionData.ocppTransport", "connectionData.securityProfile"],
            ErrorFields(problem).Order());
        Assert.False(await station.ReceivesCallWithinAsync(TimeSpan.FromMilliseconds(300)), "An invalid profile reached the station.");

        await using var v16 = await fixture.StationAsync("CP-DM-NETWORK16");
        await RefusedAsync(Admin, v16, "set-network-profile", new
            {
                configurationSlot = 1,
                connectionData = new { ocppVersion = "OCPP16", ocppTransport = "JSON", ocppCsmsUrl = "ws://csms.example.com/ocpp", messageTimeout = 30, securityProfile = 1, ocppInterface = "Wired0" },
            }, "NotImplemented");
    }
}
