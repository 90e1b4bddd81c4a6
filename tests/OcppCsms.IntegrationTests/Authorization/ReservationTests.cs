using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using OcppCsms.IntegrationTests.Transactions;
using static OcppCsms.IntegrationTests.Authorization.AuthorizationApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Authorization;

/// <summary>
/// reserve-now and cancel-reservation over REST against real 1.6 and 2.0.1 stations (OCPP 1.6 §5.13, §5.1; 2.0.1
/// H01/H02): the id the CSMS allocates, what goes over the wire, what is recorded of each answer, expiry, a reservation
/// consumed by a StartTransaction, and one ended by a 2.0.1 ReservationStatusUpdate (H04).
/// </summary>
public sealed class ReservationTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    private readonly StationsHostFixture _fixture = fixture;

    [Fact]
    public async Task A_reservation_gets_an_id_from_the_csms_and_the_station_s_answer_as_its_status()
    {
        var client = await _fixture.OperatorAsync();
        await using var station = await ConnectAsync(client, "CP-RES");
        var idTag = UniqueTag("res");
        var expiry = DateTime.UtcNow.AddHours(2);

        var reserving = client.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/reserve-now", new { connectorId = 1, idTag, expiryDate = expiry, parentIdTag = "FLEET" });
        var call = await station.ReceiveCallAsync("ReserveNow");
        var reservationId = call.Payload.GetProperty("reservationId").GetInt32();
        Assert.Equal((1, idTag, "FLEET"), (call.Payload.GetProperty("connectorId").GetInt32(), call.Payload.Text("idTag"), call.Payload.Text("parentIdTag")));
        Assert.Equal(expiry, call.Payload.GetProperty("expiryDate").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
        Assert.Equal("Requested", (await ReservationAsync(client, station.Id, reservationId)).Text("status"));
        await station.AnswerAsync(call, new { status = "Accepted" });

        var answer = await JsonAsync(await reserving, HttpStatusCode.OK);
        Assert.Equal(("ReserveNow", "Answered", "Accepted", reservationId), (answer.Text("action"), answer.Text("outcome"), answer.Text("status"), answer.GetProperty("reservationId").GetInt32()));
        var recorded = await ReservationAsync(client, station.Id, reservationId);
        Assert.Equal(("Accepted", 1, idTag, "FLEET"), (recorded.Text("status"), recorded.GetProperty("connectorId").GetInt32(), recorded.Text("idTag"), recorded.Text("parentIdTag")));

        var occupied = await ReserveAsync(client, station, new { connectorId = 0, idTag, expiryDate = expiry }, "Occupied");
        Assert.True(occupied > reservationId);
        Assert.Equal("Occupied", (await ReservationAsync(client, station.Id, occupied)).Text("status"));
        Assert.Equal([occupied, reservationId], await ListAsync(client, station.Id, ""));
        Assert.Equal([reservationId], await ListAsync(client, station.Id, "status=Accepted"));
        Assert.Equal([occupied], await ListAsync(client, station.Id, "status=Occupied"));
    }

    [Fact]
    public async Task A_cancellation_the_station_accepts_is_recorded_and_one_it_rejects_changes_nothing()
    {
        var client = await _fixture.OperatorAsync();
        await using var station = await ConnectAsync(client, "CP-CANCEL");
        var reservationId = await ReserveAsync(client, station, new { connectorId = 2, idTag = UniqueTag("c"), expiryDate = DateTime.UtcNow.AddHours(1) }, "Accepted");

        var refused = client.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/cancel-reservation", new { reservationId });
        await AnswerExpectedAsync(station, "CancelReservation", $$"""{"reservationId":{{reservationId}}}""", new { status = "Rejected" });
        Assert.Equal("Rejected", (await JsonAsync(await refused, HttpStatusCode.OK)).Text("status"));
        Assert.Equal("Accepted", (await ReservationAsync(client, station.Id, reservationId)).Text("status"));

        var cancelling = client.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/cancel-reservation", new { reservationId });
        await AnswerExpectedAsync(station, "CancelReservation", $$"""{"reservationId":{{reservationId}}}""", new { status = "Accepted" });
        Assert.Equal("Accepted", (await JsonAsync(await cancelling, HttpStatusCode.OK)).Text("status"));
        Assert.Equal("Cancelled", (await ReservationAsync(client, station.Id, reservationId)).Text("status"));
        Assert.Equal([reservationId], await ListAsync(client, station.Id, "status=Cancelled"));
    }

    [Fact]
    public async Task A_start_transaction_naming_the_reservation_uses_it()
    {
        var client = await _fixture.OperatorAsync();
        await using var station = await ConnectAsync(client, "CP-USE");
        var idTag = UniqueTag("use");
        await CreateTagAsync(client, idTag);
        var reservationId = await ReserveAsync(client, station, new { connectorId = 1, idTag, expiryDate = DateTime.UtcNow.AddHours(1) }, "Accepted");

        var started = await station.CallAsync("StartTransaction", TransactionsApi.Start(1, idTag.ToLowerInvariant(), 1000, DateTime.UtcNow, reservationId));

        Assert.Equal("Accepted", started.GetProperty("idTagInfo").Text("status"));
        var used = await ReservationAsync(client, station.Id, reservationId);
        Assert.Equal(("Used", idTag.ToLowerInvariant()), (used.Text("status"), used.Text("usedByIdTag")));
        Assert.NotEqual(JsonValueKind.Null, used.GetProperty("usedAt").ValueKind);
    }

    [Fact]
    public async Task An_active_reservation_past_its_expiry_date_counts_as_expired()
    {
        var client = await _fixture.OperatorAsync();
        await using var station = await ConnectAsync(client, "CP-EXPIRE");
        var reservationId = await ReserveAsync(client, station, new { connectorId = 1, idTag = UniqueTag("exp"), expiryDate = DateTime.UtcNow.AddSeconds(2) }, "Accepted");

        await Poll.UntilAsync(async () => (await ReservationAsync(client, station.Id, reservationId)).Text("status") == "Expired", "The reservation's expiry");

        Assert.Equal([reservationId], await ListAsync(client, station.Id, "status=Expired"));
        Assert.Empty(await ListAsync(client, station.Id, "status=Accepted"));
    }

    [Fact]
    public async Task A_2_0_1_status_update_ends_a_live_reservation_expired_or_removed_and_changes_no_other()
    {
        var client = await _fixture.OperatorAsync();
        await using var station = await ConnectAsync(client, "CP-RSU", "ocpp2.0.1");
        await using var other = await ConnectAsync(client, "CP-RSU-OTHER", "ocpp2.0.1");
        var later = DateTime.UtcNow.AddHours(1);
        var expiring = await ReserveAsync(client, station, new { connectorId = 1, idTag = UniqueTag("rsu"), expiryDate = later }, "Accepted");
        var removed = await ReserveAsync(client, station, new { connectorId = 2, idTag = UniqueTag("rsu"), expiryDate = later }, "Accepted");
        var elsewhere = await ReserveAsync(client, other, new { connectorId = 1, idTag = UniqueTag("rsu"), expiryDate = later }, "Accepted");
        var rejected = await ReserveAsync(client, station, new { connectorId = 3, idTag = UniqueTag("rsu"), expiryDate = later }, "Rejected");

        foreach (var (reservationId, status) in new[] { (expiring, "Expired"), (removed, "Removed"), (elsewhere, "Removed"), (rejected, "Expired"), (987_654, "Removed") })
        {
            var answer = await station.CallAsync("ReservationStatusUpdate", new { reservationId, reservationUpdateStatus = status });
            Assert.Equal("{}", answer.GetRawText());
        }

        Assert.Equal("Expired", (await ReservationAsync(client, station.Id, expiring)).Text("status"));
        Assert.Equal("Removed", (await ReservationAsync(client, station.Id, removed)).Text("status"));
        Assert.Equal("Rejected", (await ReservationAsync(client, station.Id, rejected)).Text("status"));
        Assert.Equal("Accepted", (await ReservationAsync(client, other.Id, elsewhere)).Text("status"));
        Assert.Equal([expiring], await ListAsync(client, station.Id, "status=Expired"));
        Assert.Equal([removed], await ListAsync(client, station.Id, "status=Removed"));
    }

    [Fact]
    public async Task A_station_answering_with_a_callerror_leaves_the_reservation_requested_and_names_it()
    {
        var client = await _fixture.OperatorAsync();
        await using var station = await ConnectAsync(client, "CP-NORES");

        var reserving = client.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/reserve-now", new { connectorId = 1, idTag = UniqueTag("err"), expiryDate = DateTime.UtcNow.AddHours(1) });
        var call = await station.ReceiveCallAsync("ReserveNow");
        await station.AnswerErrorAsync(call, "NotSupported", "no reservations here");

        var problem = await ProblemAsync(await reserving, HttpStatusCode.BadGateway);
        var reservationId = problem.GetProperty("reservationId").GetInt32();
        Assert.Equal(call.Payload.GetProperty("reservationId").GetInt32(), reservationId);
        Assert.Equal("Requested", (await ReservationAsync(client, station.Id, reservationId)).Text("status"));
    }

    [Fact]
    public async Task A_reservation_that_cannot_be_sent_is_not_kept()
    {
        var client = await _fixture.OperatorAsync();
        var offlineId = StationApi.UniqueId("CP-AWAY");
        await using var station = await ConnectAsync(client, "CP-SHORT");

        var offline = await ProblemAsync(await client.PostAsJsonAsync($"/api/v1/stations/{offlineId}/commands/reserve-now",
            new { connectorId = 1, idTag = "T-1", expiryDate = DateTime.UtcNow.AddHours(1) }), HttpStatusCode.Conflict);
        var tooLong = await ProblemAsync(await client.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/reserve-now",
            new { connectorId = 1, idTag = new string('x', 21), expiryDate = DateTime.UtcNow.AddHours(1) }), HttpStatusCode.BadRequest);

        Assert.Equal("Offline", offline.Text("outcome"));
        Assert.False(offline.TryGetProperty("reservationId", out _));
        Assert.Equal(("Invalid", "PropertyConstraintViolation"), (tooLong.Text("outcome"), tooLong.Text("errorCode")));
        Assert.Empty(await ListAsync(client, offlineId, ""));
        Assert.Empty(await ListAsync(client, station.Id, ""));
        Assert.False(await station.ReceivesCallWithinAsync(TimeSpan.FromMilliseconds(300)));
        await ProblemAsync(await client.PostAsJsonAsync($"/api/v1/stations/{offlineId}/commands/cancel-reservation", new { reservationId = 1 }), HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("""{"idTag":"T","expiryDate":"2099-01-01T00:00:00Z"}""", "connectorId")]
    [InlineData("""{"connectorId":-1,"idTag":"T","expiryDate":"2099-01-01T00:00:00Z"}""", "connectorId")]
    [InlineData("""{"connectorId":1,"idTag":"T","expiryDate":"2001-01-01T00:00:00Z"}""", "expiryDate")]
    [InlineData("""{"connectorId":1,"idTag":"T"}""", "expiryDate")]
    [InlineData("""{"connectorId":1,"idTag":"A B","expiryDate":"2099-01-01T00:00:00Z"}""", "idTag")]
    [InlineData("""{"connectorId":1,"idTag":"T","expiryDate":"2099-01-01T00:00:00Z","idTokenType":"Passport"}""", "idTokenType")]
    public async Task An_invalid_reservation_is_refused_naming_the_field(string body, string field)
    {
        var client = await _fixture.OperatorAsync();

        var problem = await ProblemAsync(await client.PostAsync($"/api/v1/stations/{StationApi.UniqueId("CP-BAD")}/commands/reserve-now", Json(body)),
            HttpStatusCode.BadRequest);

        Assert.Equal([field], ErrorFields(problem));
    }

    [Fact]
    public async Task A_2_0_1_station_gets_an_id_token_with_its_type_and_the_group_and_any_evse_as_no_evse()
    {
        var client = await _fixture.OperatorAsync();
        await using var station = await ConnectAsync(client, "CP-RES201", "ocpp2.0.1");
        var idTag = "PIN-" + new string('7', 32);

        var reserving = client.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/reserve-now",
            new { connectorId = 0, idTag, expiryDate = DateTime.UtcNow.AddHours(1), parentIdTag = "ACCOUNT-9", idTokenType = "KeyCode" });
        var call = await station.ReceiveCallAsync("ReserveNow");
        var reservationId = call.Payload.GetProperty("id").GetInt32();
        Assert.False(call.Payload.TryGetProperty("evseId", out _));
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse($$"""{"idToken":"{{idTag}}","type":"KeyCode"}""").RootElement, call.Payload.GetProperty("idToken")));
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse("""{"idToken":"ACCOUNT-9","type":"Central"}""").RootElement, call.Payload.GetProperty("groupIdToken")));
        await station.AnswerAsync(call, new { status = "Accepted" });
        Assert.Equal(reservationId, (await JsonAsync(await reserving, HttpStatusCode.OK)).GetProperty("reservationId").GetInt32());
        var recorded = await ReservationAsync(client, station.Id, reservationId);
        Assert.Equal(("Accepted", 0), (recorded.Text("status"), recorded.GetProperty("connectorId").GetInt32()));

        var evse = client.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/reserve-now", new { connectorId = 2, idTag = "CARD-1", expiryDate = DateTime.UtcNow.AddHours(1) });
        var second = await station.ReceiveCallAsync("ReserveNow");
        Assert.Equal(2, second.Payload.GetProperty("evseId").GetInt32());
        Assert.Equal("ISO14443", second.Payload.GetProperty("idToken").Text("type"));
        await station.AnswerAsync(second, new { status = "Unavailable" });
        Assert.Equal("Unavailable", (await JsonAsync(await evse, HttpStatusCode.OK)).Text("status"));

        var cancelling = client.PostAsJsonAsync($"/api/v1/stations/{station.Id}/commands/cancel-reservation", new { reservationId });
        await AnswerExpectedAsync(station, "CancelReservation", $$"""{"reservationId":{{reservationId}}}""", new { status = "Accepted" });
        await JsonAsync(await cancelling, HttpStatusCode.OK);
        Assert.Equal("Cancelled", (await ReservationAsync(client, station.Id, reservationId)).Text("status"));
    }

    [Fact]
    public async Task Viewers_read_reservations_and_only_operators_reserve()
    {
        using var viewer = await OperatorSession.ApiKeyClientAsync(_fixture.Host, "Viewer");
        var stationId = StationApi.UniqueId("CP-VIEW");

        await JsonAsync(await viewer.GetAsync($"/api/v1/stations/{stationId}/reservations"), HttpStatusCode.OK);
        await ProblemAsync(await viewer.GetAsync($"/api/v1/stations/{stationId}/reservations/1"), HttpStatusCode.NotFound);
        await ProblemAsync(await viewer.PostAsJsonAsync($"/api/v1/stations/{stationId}/commands/reserve-now",
            new { connectorId = 1, idTag = "T", expiryDate = DateTime.UtcNow.AddHours(1) }), HttpStatusCode.Forbidden);
        await ProblemAsync(await viewer.PostAsJsonAsync($"/api/v1/stations/{stationId}/commands/cancel-reservation", new { reservationId = 1 }), HttpStatusCode.Forbidden);
        Assert.Equal(["status"], ErrorFields(await ProblemAsync(await viewer.GetAsync($"/api/v1/stations/{stationId}/reservations?status=Maybe"), HttpStatusCode.BadRequest)));
    }

    private Task<TestStation> ConnectAsync(HttpClient client, string prefix, string subProtocol = "ocpp1.6") =>
        TestStation.RegisterAndConnectAsync(_fixture.Host, client, StationApi.UniqueId(prefix), subProtocol);

    private static async Task<JsonElement> ReservationAsync(HttpClient client, string stationId, int reservationId) =>
        await JsonAsync(await client.GetAsync($"/api/v1/stations/{stationId}/reservations/{reservationId}"), HttpStatusCode.OK);

    private static async Task<List<int>> ListAsync(HttpClient client, string stationId, string query)
    {
        var page = await JsonAsync(await client.GetAsync($"/api/v1/stations/{stationId}/reservations?{query}"), HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("reservationId").GetInt32()).ToList();
    }
}
