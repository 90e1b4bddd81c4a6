using System.Net;
using OcppCsms.IntegrationTests.Commands;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Commands.CommandApi;
using static OcppCsms.IntegrationTests.DeviceModel.DeviceModelApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;

namespace OcppCsms.IntegrationTests.DeviceModel;

/// <summary>OCPP 2.0.1 A01: the Basic password rotated through SetVariables SecurityCtrlr.BasicAuthPassword.</summary>
[Collection(CommandsCollection.Name)]
public sealed class PasswordRotationTests(CommandsHost fixture)
{
    private const string OldPassword = "old-password-0123456789";
    private const string NewPassword = "new-password-9876543210";

    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task A_rejected_password_keeps_the_old_one_and_an_accepted_one_replaces_it_from_the_next_connection()
    {
        var id = UniqueId("CP-DM-ROTATE");
        await RegisterAsync(Admin, id, 1, OldPassword);
        var uri = StationClient.Uri(fixture.Host, id);

        await using (var station = await ConnectWithAsync(id, OldPassword))
        {
            await RoundTripAsync(Admin, station, "set-variables", SetPassword("rejected-password-0000"), "SetVariables", Answer("Rejected"));
        }

        // A01.FR.04: not Accepted, so the old credentials stay good.
        await AssertAcceptedAsync(uri, Basic(id, OldPassword));

        await using (var station = await ConnectWithAsync(id, OldPassword))
        {
            var (sent, _) = await RoundTripAsync(Admin, station, "set-variables", SetPassword(NewPassword), "SetVariables", Answer("Accepted"));
            Assert.Equal(NewPassword, sent.GetProperty("setVariableData")[0].GetProperty("attributeValue").GetString());
            // The device model shows the variable, never its value.
            Assert.Equal("***", Row(await VariablesAsync(Admin, id), "SecurityCtrlr", "BasicAuthPassword").GetProperty("value").GetString());
        }

        // A01.FR.03: the old password is refused from the next connection, the new one accepted.
        await AssertRefusedAsync(uri, HttpStatusCode.Unauthorized, Basic(id, OldPassword));
        await AssertAcceptedAsync(uri, Basic(id, NewPassword));
    }

    [Fact]
    public async Task A_password_outside_16_to_40_characters_is_not_sent()
    {
        await using var station = await fixture.StationAsync("CP-DM-SHORTPW", "ocpp2.0.1");
        var problem = await ProblemAsync(await PostAsync(Admin, station.Id, "set-variables", SetPassword("short")), HttpStatusCode.BadRequest);
        Assert.Contains("setVariableData[0].attributeValue", ErrorFields(problem));
        Assert.False(await station.ReceivesCallWithinAsync(TimeSpan.FromMilliseconds(300)), "An invalid password reached the station.");
    }

    private async Task<TestStation> ConnectWithAsync(string id, string password)
    {
        var station = TestStation.Over(id, await ConnectAsync(StationClient.Uri(fixture.Host, id), Basic(id, password)));
        await GetConnectedAsync(Admin, id);
        return station;
    }

    private static object SetPassword(string password) => new
    {
        setVariableData = new[] { new { component = new { name = "SecurityCtrlr" }, variable = new { name = "BasicAuthPassword" }, attributeValue = password } },
    };

    private static string Answer(string status) =>
        $$$"""{"setVariableResult":[{"attributeStatus":"{{{status}}}","component":{"name":"SecurityCtrlr"},"variable":{"name":"BasicAuthPassword"}}]}""";
}
