using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;

namespace OcppCsms.IntegrationTests.Stations;

/// <summary>
/// The upgrade check over plain ws: security profiles 0 and 1 with the right credentials, every way Basic credentials
/// can be missing or wrong, profiles 2 and 3 refused without TLS, unknown stations admitted as Pending, and a password
/// change that takes effect at the next connection.
/// </summary>
public sealed class StationHandshakeTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    private readonly StationsHostFixture _fixture = fixture;
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task A_profile_0_station_connects_without_credentials_and_its_session_shows_in_the_api()
    {
        var client = await _fixture.OperatorAsync();
        var id = UniqueId("CP-P0");
        await RegisterAsync(client, id, profile: 0);

        using var station = await ConnectAsync(StationClient.Uri(_host, id));

        Assert.Equal(HttpStatusCode.SwitchingProtocols, station.HttpStatusCode);
        var shown = await GetConnectedAsync(client, id);
        Assert.True(shown.GetProperty("connected").GetBoolean());
        Assert.Equal("ocpp2.0.1", shown.Text("protocol"));
        Assert.Equal("127.0.0.1", shown.Text("remoteAddress"));
        Assert.Equal(0, shown.GetProperty("securityProfileInUse").GetInt32());
        Assert.False(shown.GetProperty("hasPassword").GetBoolean());
    }

    [Fact]
    public async Task A_profile_1_station_connects_over_ws_with_its_identity_and_password()
    {
        var client = await _fixture.OperatorAsync();
        var id = UniqueId("CP-P1");
        var password = NewPassword();
        await RegisterAsync(client, id, profile: 1, password);

        using var station = await ConnectAsync(StationClient.Uri(_host, id), Basic(id, password));

        Assert.Equal(HttpStatusCode.SwitchingProtocols, station.HttpStatusCode);
        Assert.Equal(1, (await GetConnectedAsync(client, id)).GetProperty("securityProfileInUse").GetInt32());
    }

    [Fact]
    public async Task Without_credentials_a_profile_1_station_gets_401_credentials_missing_with_the_basic_challenge()
    {
        var client = await _fixture.OperatorAsync();
        var id = UniqueId("CP-NOAUTH");
        await RegisterAsync(client, id, profile: 1, NewPassword());

        await AssertRefusedAsync(StationClient.Uri(_host, id), HttpStatusCode.Unauthorized);

        var problem = await RefusalProblemAsync(_host.Http, id, HttpStatusCode.Unauthorized);
        Assert.Equal("Station credentials missing", problem.Text("title"));
        var logged = await LogLineAsync(_host, line => line.Text("StationId") == id && line.Text("Outcome") == "CredentialsMissing");
        Assert.Equal("Warning", logged.Text("level"));
        Assert.Contains("refused at the upgrade", logged.Text("message"), StringComparison.Ordinal);
        Assert.Equal("no Authorization header", logged.Text("Reason"));
    }

    [Theory]
    [InlineData("wrong scheme")]
    [InlineData("not base64")]
    [InlineData("no colon")]
    [InlineData("bad UTF-8")]
    [InlineData("empty")]
    [InlineData("wrong password")]
    [InlineData("another station's user name and password")]
    public async Task Malformed_or_wrong_credentials_get_401_credentials_invalid_and_say_no_more(string kind)
    {
        var client = await _fixture.OperatorAsync();
        var id = UniqueId("CP-BAD");
        var password = NewPassword();
        await RegisterAsync(client, id, profile: 1, password);
        var other = UniqueId("CP-OTHER");
        var otherPassword = NewPassword();
        await RegisterAsync(client, other, profile: 1, otherPassword);
        var authorization = kind switch
        {
            "wrong scheme" => "Bearer " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}:{password}")),
            "not base64" => $"Basic {id}:{password}",
            "no colon" => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}{password}")),
            "bad UTF-8" => "Basic " + Convert.ToBase64String([.. Encoding.UTF8.GetBytes($"{id}:"), 0xC3, 0x28, 0xFF]),
            "empty" => "Basic ",
            "wrong password" => Basic(id, password + "x"),
            _ => Basic(other, otherPassword),
        };

        await AssertRefusedAsync(StationClient.Uri(_host, id), HttpStatusCode.Unauthorized, authorization);

        var problem = await RefusalProblemAsync(_host.Http, id, HttpStatusCode.Unauthorized, authorization);
        Assert.Equal("Station credentials invalid", problem.Text("title"));
        Assert.Equal("The credentials sent are not valid for this station.", problem.Text("detail"));
        var logged = await LogLineAsync(_host, line => line.Text("StationId") == id && line.Text("Outcome") == "CredentialsInvalid");
        Assert.Equal("Warning", logged.Text("level"));
        Assert.DoesNotContain(password, _host.AllOutput, StringComparison.Ordinal);
        var credentials = authorization.Split(' ', 2)[1];
        Assert.True(credentials.Length == 0 || !_host.AllOutput.Contains(credentials, StringComparison.Ordinal), "The credentials are in the log.");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_station_of_a_tls_profile_is_refused_over_plain_ws_even_with_its_password(int profile)
    {
        var client = await _fixture.OperatorAsync();
        var id = UniqueId($"CP-LOW{profile}");
        var password = NewPassword();
        await RegisterAsync(client, id, profile, profile == 2 ? password : null);

        await AssertRefusedAsync(StationClient.Uri(_host, id), HttpStatusCode.Unauthorized, Basic(id, password));

        var problem = await RefusalProblemAsync(_host.Http, id, HttpStatusCode.Unauthorized, Basic(id, password));
        Assert.Equal("Secured connection required", problem.Text("title"));
        Assert.Contains("secured connection", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_password_refuses_the_old_one_at_once_though_the_old_one_was_just_accepted()
    {
        var client = await _fixture.OperatorAsync();
        var id = UniqueId("CP-ROTATE");
        var old = NewPassword();
        await RegisterAsync(client, id, profile: 1, old);
        await AssertAcceptedAsync(StationClient.Uri(_host, id), Basic(id, old));

        var chosen = NewPassword();
        var changed = await JsonAsync(await client.PutAsJsonAsync($"/api/v1/stations/{id}/password", new { password = chosen }), HttpStatusCode.OK);
        Assert.False(changed.TryGetProperty("password", out _));

        await AssertRefusedAsync(StationClient.Uri(_host, id), HttpStatusCode.Unauthorized, Basic(id, old));
        await AssertAcceptedAsync(StationClient.Uri(_host, id), Basic(id, chosen));

        var regenerated = await JsonAsync(await client.PutAsJsonAsync($"/api/v1/stations/{id}/password", new { }), HttpStatusCode.OK);
        var generated = regenerated.Text("password")!;
        Assert.Matches("^[0-9a-f]{32}$", generated);
        await AssertRefusedAsync(StationClient.Uri(_host, id), HttpStatusCode.Unauthorized, Basic(id, chosen));
        await AssertAcceptedAsync(StationClient.Uri(_host, id), Basic(id, generated));
    }

    [Fact]
    public async Task Raising_the_profile_refuses_the_next_plain_connection_that_was_just_accepted()
    {
        var client = await _fixture.OperatorAsync();
        var id = UniqueId("CP-RAISE");
        var password = NewPassword();
        await RegisterAsync(client, id, profile: 1, password);
        await AssertAcceptedAsync(StationClient.Uri(_host, id), Basic(id, password));

        var raised = await JsonAsync(await client.PutAsJsonAsync($"/api/v1/stations/{id}", new { securityProfile = 2 }), HttpStatusCode.OK);
        Assert.True(raised.GetProperty("hasPassword").GetBoolean());
        Assert.False(raised.TryGetProperty("password", out _));

        await AssertRefusedAsync(StationClient.Uri(_host, id), HttpStatusCode.Unauthorized, Basic(id, password));
    }

    [Fact]
    public async Task An_unknown_station_connects_as_pending_profile_0_and_an_operator_accepts_it()
    {
        var client = await _fixture.OperatorAsync();
        var id = UniqueId("CP-NEW");

        using var station = await ConnectAsync(StationClient.Uri(_host, id));

        Assert.Equal(HttpStatusCode.SwitchingProtocols, station.HttpStatusCode);
        Assert.Contains(id, await ListIdsAsync(client, "registrationStatus=Pending"));
        Assert.DoesNotContain(id, await ListIdsAsync(client, "registrationStatus=Accepted"));
        var pending = await GetAsync(client, id);
        Assert.Equal(0, pending.GetProperty("securityProfile").GetInt32());

        var accepted = await JsonAsync(await client.PostAsync($"/api/v1/stations/{id}/accept", null), HttpStatusCode.OK);

        Assert.Equal("Accepted", accepted.Text("registrationStatus"));
        Assert.True(accepted.GetProperty("updatedAt").GetDateTime() >= pending.GetProperty("updatedAt").GetDateTime());
        Assert.Contains(id, await ListIdsAsync(client, "registrationStatus=Accepted"));
        Assert.DoesNotContain(id, await ListIdsAsync(client, "registrationStatus=Pending"));
    }

    [Fact]
    public async Task A_rejected_station_still_connects()
    {
        var client = await _fixture.OperatorAsync();
        var id = UniqueId("CP-REJ");
        var password = NewPassword();
        await RegisterAsync(client, id, profile: 1, password);
        Assert.Equal("Rejected", (await JsonAsync(await client.PostAsync($"/api/v1/stations/{id}/reject", null), HttpStatusCode.OK)).Text("registrationStatus"));

        await AssertAcceptedAsync(StationClient.Uri(_host, id), Basic(id, password));
    }

    [Fact]
    public async Task A_station_remembered_from_its_last_connection_is_seen_rejected_blocked_and_deleted_at_its_next_one()
    {
        var client = await _fixture.OperatorAsync();
        var id = UniqueId("CP-SNAP");
        var password = NewPassword();
        await RegisterAsync(client, id, profile: 1, password);
        Assert.Equal("Accepted", await BootAfterConnectingAsync(id, Basic(id, password)));

        await JsonAsync(await client.PostAsync($"/api/v1/stations/{id}/reject", null), HttpStatusCode.OK);
        Assert.Equal("Rejected", await BootAfterConnectingAsync(id, Basic(id, password)));

        await JsonAsync(await client.PostAsync($"/api/v1/stations/{id}/accept", null), HttpStatusCode.OK);
        Assert.Equal("Accepted", await BootAfterConnectingAsync(id, Basic(id, password)));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/stations/{id}")).StatusCode);
        // Gone from the registry, so the next connection is that of an unknown station: Pending, profile 0 (this host's policy).
        Assert.Equal("Pending", await BootAfterConnectingAsync(id, Basic(id, password)));
        Assert.Equal(0, (await GetAsync(client, id)).GetProperty("securityProfile").GetInt32());
    }

    private async Task<string?> BootAfterConnectingAsync(string id, string authorization)
    {
        await using var station = TestStation.Over(id, await ConnectAsync(StationClient.Uri(_host, id), authorization));
        return (await station.CallAsync("BootNotification", StationStateApi.Boot201)).Text("status");
    }

    [Fact]
    public async Task Every_frame_received_moves_last_seen_and_the_connected_filter_follows_the_session()
    {
        var client = await _fixture.OperatorAsync();
        var id = UniqueId("CP-SEEN");
        await RegisterAsync(client, id, profile: 0);
        Assert.Contains(id, await ListIdsAsync(client, "connected=false"));
        using var station = await ConnectAsync(StationClient.Uri(_host, id));
        var before = await GetConnectedAsync(client, id);
        var connectedAt = before.GetProperty("connectedAt").GetDateTime();
        Assert.Equal(connectedAt, before.GetProperty("lastSeenAt").GetDateTime());

        await Task.Delay(50);
        await station.SendTextAsync("not json at all");
        await station.ReceiveTextAsync();

        var after = await GetAsync(client, id);
        Assert.True(after.GetProperty("lastSeenAt").GetDateTime() > connectedAt, after.ToString());
        Assert.Equal(connectedAt, after.GetProperty("connectedAt").GetDateTime());
        Assert.Contains(id, await ListIdsAsync(client, "connected=true"));
        Assert.DoesNotContain(id, await ListIdsAsync(client, "connected=false"));

        await station.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", StationClient.Timeout());
        for (var attempt = 0; attempt < 50 && (await GetAsync(client, id)).GetProperty("connected").GetBoolean(); attempt++)
        {
            await Task.Delay(100);
        }

        var closed = await GetAsync(client, id);
        Assert.False(closed.GetProperty("connected").GetBoolean());
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("lastSeenAt").ValueKind);
    }
}
