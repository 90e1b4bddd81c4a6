using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using static OcppCsms.IntegrationTests.Authorization.AuthorizationApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Billing;

/// <summary>
/// <c>/api/v1/tariffs</c>: create, read, edit into versions, delete; the default rules; assignments and their precedence
/// as the quote shows them; gross prices; audit; and every answer a caller can get (400 naming the field, 401, 403, 404,
/// 409). Tests of this class share one host (and so one default tariff): each sets the default it relies on.
/// </summary>
public sealed class TariffApiTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>
{
    private readonly StationsHostFixture _fixture = fixture;
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task A_tariff_is_created_read_edited_into_versions_and_deleted()
    {
        var client = await _fixture.OperatorAsync();
        await CreateAsync(client, Body(UniqueName("Base"), isDefault: true));
        var name = UniqueName("Standard");

        var response = await client.PostAsJsonAsync("/api/v1/tariffs", Body(name, periods:
        [
            new { name = "Off-peak", daysOfWeek = new[] { "Saturday", "Monday" }, startTime = "22:00", endTime = "06:00", pricePerKwh = 0.20m, pricePerMinute = 0m },
        ]));

        var created = await JsonAsync(response, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt64();
        Assert.EndsWith($"/api/v1/tariffs/{id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal((name, "EUR", 1, false, "UTC"), (created.Text("name"), created.Text("currency"), created.GetProperty("version").GetInt32(),
            created.GetProperty("isDefault").GetBoolean(), created.Text("timeZone")));
        Assert.Equal((0.30m, 0.36m, 1.00m, 1.2m), (created.GetProperty("pricePerKwh").GetDecimal(), created.GetProperty("grossPricePerKwh").GetDecimal(),
            created.GetProperty("sessionFee").GetDecimal(), created.GetProperty("grossSessionFee").GetDecimal()));
        Assert.Equal(("0.36", "1.2"), (created.GetProperty("grossPricePerKwh").GetRawText(), created.GetProperty("grossSessionFee").GetRawText()));
        var period = created.GetProperty("periods")[0];
        Assert.Equal(("Off-peak", "22:00", "06:00", 0.24m), (period.Text("name"), period.Text("startTime"), period.Text("endTime"), period.GetProperty("grossPricePerKwh").GetDecimal()));
        Assert.Equal(["Monday", "Saturday"], period.GetProperty("daysOfWeek").EnumerateArray().Select(d => d.GetString()));

        var edited = await JsonAsync(await client.PutAsJsonAsync($"/api/v1/tariffs/{id}", Body(name + " v2", pricePerKwh: 0.35m)), HttpStatusCode.OK);
        Assert.Equal((2, name + " v2", 0.35m, 0), (edited.GetProperty("version").GetInt32(), edited.Text("name"), edited.GetProperty("pricePerKwh").GetDecimal(),
            edited.GetProperty("periods").GetArrayLength()));
        Assert.True(edited.GetProperty("versionCreatedAt").GetDateTime() >= created.GetProperty("versionCreatedAt").GetDateTime());
        var shown = await JsonAsync(await client.GetAsync($"/api/v1/tariffs/{id}"), HttpStatusCode.OK);
        Assert.Equal((2, 0.35m), (shown.GetProperty("version").GetInt32(), shown.GetProperty("pricePerKwh").GetDecimal()));
        var versions = await JsonAsync(await client.GetAsync($"/api/v1/tariffs/{id}/versions"), HttpStatusCode.OK);
        Assert.Equal([(2, 0.35m, 0), (1, 0.30m, 1)],
            versions.EnumerateArray().Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("pricePerKwh").GetDecimal(), v.GetProperty("periods").GetArrayLength())));
        var listed = await ListAsync(client);
        Assert.Contains(listed, t => t.GetProperty("id").GetInt64() == id && t.GetProperty("version").GetInt32() == 2);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/tariffs/{id}")).StatusCode);
        await ProblemAsync(await client.GetAsync($"/api/v1/tariffs/{id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await client.GetAsync($"/api/v1/tariffs/{id}/versions"), HttpStatusCode.NotFound);
        await ProblemAsync(await client.PutAsJsonAsync($"/api/v1/tariffs/{id}", Body(name)), HttpStatusCode.NotFound);
        await ProblemAsync(await client.DeleteAsync($"/api/v1/tariffs/{id}"), HttpStatusCode.NotFound);

        var audited = await AuditAsync(client, $"targetType=tariffs&targetId={id}&pageSize=500");
        Assert.Equal(
            ["DELETE /api/v1/tariffs/{id:long} 204", "DELETE /api/v1/tariffs/{id:long} 404", "POST /api/v1/tariffs 201",
             "PUT /api/v1/tariffs/{id:long} 200", "PUT /api/v1/tariffs/{id:long} 404"],
            audited.Select(line => $"{line.Text("action")} {line.Text("outcome")}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Exactly_one_tariff_is_the_default_and_it_cannot_be_removed_or_undone()
    {
        var client = await _fixture.OperatorAsync();
        var first = (await CreateAsync(client, Body(UniqueName("First"), isDefault: true))).GetProperty("id").GetInt64();
        var second = await CreateAsync(client, Body(UniqueName("Second"), isDefault: true));
        var secondId = second.GetProperty("id").GetInt64();

        Assert.True(second.GetProperty("isDefault").GetBoolean());
        Assert.False((await JsonAsync(await client.GetAsync($"/api/v1/tariffs/{first}"), HttpStatusCode.OK)).GetProperty("isDefault").GetBoolean());
        Assert.Equal([secondId], (await ListAsync(client)).Where(t => t.GetProperty("isDefault").GetBoolean()).Select(t => t.GetProperty("id").GetInt64()));

        var undone = await ProblemAsync(await client.PutAsJsonAsync($"/api/v1/tariffs/{secondId}", Body("Second", isDefault: false)), HttpStatusCode.Conflict);
        Assert.Contains("another tariff is made the default", undone.Text("detail"), StringComparison.Ordinal);
        var deleted = await ProblemAsync(await client.DeleteAsync($"/api/v1/tariffs/{secondId}"), HttpStatusCode.Conflict);
        Assert.Contains("make another tariff the default", deleted.Text("detail"), StringComparison.Ordinal);
        Assert.True((await JsonAsync(await client.GetAsync($"/api/v1/tariffs/{secondId}"), HttpStatusCode.OK)).GetProperty("isDefault").GetBoolean());

        // Editing the other one with isDefault true moves the default back, in the same request.
        await JsonAsync(await client.PutAsJsonAsync($"/api/v1/tariffs/{first}", Body("First", isDefault: true)), HttpStatusCode.OK);
        Assert.Equal([first], (await ListAsync(client)).Where(t => t.GetProperty("isDefault").GetBoolean()).Select(t => t.GetProperty("id").GetInt64()));
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/tariffs/{secondId}")).StatusCode);
    }

    [Fact]
    public async Task A_session_gets_its_tags_tariff_else_its_groups_else_its_stations_else_the_default()
    {
        var client = await _fixture.OperatorAsync();
        var station = StationApi.UniqueId("CS-TQ");
        var tag = StationApi.UniqueId("tag");
        var group = StationApi.UniqueId("grp");
        var fallback = await CreateAsync(client, Body(UniqueName("Default"), pricePerKwh: 0.30m, isDefault: true));
        var byTag = await CreateAsync(client, Body(UniqueName("Tag"), pricePerKwh: 0.10m));
        var byGroup = await CreateAsync(client, Body(UniqueName("Group"), pricePerKwh: 0.20m));
        var byStation = await CreateAsync(client, Body(UniqueName("Station"), pricePerKwh: 0.40m));
        var tagAssignment = await AssignAsync(client, byTag, new { idTag = tag });
        await AssignAsync(client, byGroup, new { idTag = group });
        var stationAssignment = await AssignAsync(client, byStation, new { stationId = station });
        Assert.Equal((tag, null, byTag.GetProperty("id").GetInt64()),
            (tagAssignment.Text("idTag"), tagAssignment.Text("stationId"), tagAssignment.GetProperty("tariffId").GetInt64()));

        // 10 kWh at the tariff's price plus its 1.00 session fee, 20 % tax.
        Assert.Equal((byTag.Text("name"), 2.00m, 0.40m, 2.40m), await QuoteAsync(client, station, tag.ToUpperInvariant(), group));
        Assert.Equal((byGroup.Text("name"), 3.00m, 0.60m, 3.60m), await QuoteAsync(client, station, "SOMEONE", group.ToLowerInvariant()));
        Assert.Equal((byStation.Text("name"), 5.00m, 1.00m, 6.00m), await QuoteAsync(client, station, "SOMEONE", null));
        Assert.Equal((fallback.Text("name"), 4.00m, 0.80m, 4.80m), await QuoteAsync(client, StationApi.UniqueId("CS-TQ"), "SOMEONE", null));

        var listed = await JsonAsync(await client.GetAsync($"/api/v1/tariffs/{byStation.GetProperty("id").GetInt64()}/assignments"), HttpStatusCode.OK);
        Assert.Equal([station], listed.EnumerateArray().Select(a => a.Text("stationId")));
        var again = await ProblemAsync(await client.PostAsJsonAsync($"/api/v1/tariffs/{byTag.GetProperty("id").GetInt64()}/assignments",
            new { idTag = tag.ToLowerInvariant() }), HttpStatusCode.Conflict);
        Assert.Contains("case-insensitively", again.Text("detail"), StringComparison.Ordinal);

        // Removing the tag's assignment leaves the tag to its group's tariff; removing the station's leaves it to the default.
        Assert.Equal(HttpStatusCode.NoContent,
            (await client.DeleteAsync($"/api/v1/tariffs/{byTag.GetProperty("id").GetInt64()}/assignments/{tagAssignment.GetProperty("id").GetInt64()}")).StatusCode);
        Assert.Equal(byGroup.Text("name"), (await QuoteAsync(client, station, tag, group)).Tariff);
        Assert.Equal(HttpStatusCode.NoContent,
            (await client.DeleteAsync($"/api/v1/tariffs/{byStation.GetProperty("id").GetInt64()}/assignments/{stationAssignment.GetProperty("id").GetInt64()}")).StatusCode);
        Assert.Equal(fallback.Text("name"), (await QuoteAsync(client, station, "SOMEONE", null)).Tariff);

        await ProblemAsync(await client.DeleteAsync($"/api/v1/tariffs/{byTag.GetProperty("id").GetInt64()}/assignments/{tagAssignment.GetProperty("id").GetInt64()}"),
            HttpStatusCode.NotFound);
        await ProblemAsync(await client.PostAsJsonAsync("/api/v1/tariffs/987654321/assignments", new { idTag = tag }), HttpStatusCode.NotFound);
        await ProblemAsync(await client.GetAsync("/api/v1/tariffs/987654321/assignments"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_quote_shows_every_cost_line_of_a_session_crossing_a_period()
    {
        var client = await _fixture.OperatorAsync();
        var station = StationApi.UniqueId("CS-TQL");
        var tariff = await CreateAsync(client, Body(UniqueName("Night"), pricePerKwh: 0.40m, periods:
        [
            new { name = "Night", daysOfWeek = Array.Empty<string>(), startTime = "22:00", endTime = "06:00", pricePerKwh = 0.20m, pricePerMinute = 0m },
        ]));
        await AssignAsync(client, tariff, new { stationId = station });

        // 21:00-23:00 UTC, 10 kWh spread evenly: 5 kWh at 0.40, 5 kWh at 0.20, plus the 1.00 session fee.
        var quote = await JsonAsync(
            await client.GetAsync($"/api/v1/tariffs/quote?stationId={station}&energyWh=10000&minutes=120&startAt=2026-12-04T21:00:00Z"), HttpStatusCode.OK);

        Assert.Equal((4.00m, 0.80m, 4.80m, "EUR"), (quote.GetProperty("net").GetDecimal(), quote.GetProperty("tax").GetDecimal(),
            quote.GetProperty("total").GetDecimal(), quote.Text("currency")));
        Assert.Equal(
            [("Energy", null, 5m, 2.00m), ("Energy", "Night", 5m, 1.00m), ("SessionFee", null, 1m, 1.00m)],
            quote.GetProperty("lines").EnumerateArray().Select(l => (l.Text("component"), l.Text("period"), l.GetProperty("quantity").GetDecimal(),
                l.GetProperty("amount").GetDecimal())));
        Assert.Equal(tariff.GetProperty("id").GetInt64(), quote.GetProperty("tariff").GetProperty("tariffId").GetInt64());
    }

    [Theory]
    [InlineData("name", "\"\"", "name", "must not be empty")]
    [InlineData("currency", "\"EURO\"", "currency", "ISO 4217")]
    [InlineData("currency", "\"eur\"", "currency", "ISO 4217")]
    [InlineData("pricePerKwh", "-0.01", "pricePerKwh", "from 0")]
    [InlineData("pricePerKwh", "null", "pricePerKwh", "must not be empty")]
    [InlineData("sessionFee", "null", "sessionFee", "must not be empty")]
    [InlineData("idleGraceMinutes", "-1", "idleGraceMinutes", "between 0 and 1440")]
    [InlineData("taxRate", "1.5", "taxRate", "fraction")]
    [InlineData("maxPrice", "0.5", "maxPrice", "below minPrice")]
    [InlineData("isDefault", "null", "isDefault", "must not be empty")]
    [InlineData("timeZone", "\"Mars/Olympus\"", "timeZone", "IANA")]
    [InlineData("validTo", "\"2026-01-01T00:00:00Z\"", "validTo", "after validFrom")]
    [InlineData("periods", """[{"name":"P","startTime":"24:00","endTime":"06:00","pricePerKwh":0.1,"pricePerMinute":0}]""", "periods[0].startTime", "HH:mm")]
    [InlineData("periods", """[{"name":"P","daysOfWeek":["Funday"],"startTime":"22:00","endTime":"06:00","pricePerKwh":0.1,"pricePerMinute":0}]""", "periods[0].daysOfWeek[0]", "Monday")]
    [InlineData("periods", """[{"name":"P","startTime":"22:00","endTime":"06:00","pricePerKwh":-1,"pricePerMinute":0}]""", "periods[0].pricePerKwh", "from 0")]
    [InlineData("periods", """[{"name":"P","startTime":"22:00","endTime":"6:00","pricePerKwh":1,"pricePerMinute":0}]""", "periods[0].endTime", "HH:mm")]
    public async Task An_invalid_tariff_is_refused_naming_the_field(string replaced, string value, string field, string message)
    {
        var client = await _fixture.OperatorAsync();
        var body = JsonSerializer.SerializeToNode(Body("Invalid", minPrice: 1m))!.AsObject();
        body["validFrom"] = "2026-06-01T00:00:00Z";
        body[replaced] = System.Text.Json.Nodes.JsonNode.Parse(value);

        var problem = await ProblemAsync(await client.PostAsync("/api/v1/tariffs", Json(body.ToJsonString())), HttpStatusCode.BadRequest);

        Assert.Equal([field], ErrorFields(problem));
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"idTag":"A","stationId":"CS-1"}""", "body")]
    [InlineData("""{}""", "body")]
    [InlineData("""{"idTag":"TWO WORDS"}""", "idTag")]
    [InlineData("""{"stationId":""}""", "stationId")]
    public async Task An_invalid_assignment_is_refused_naming_the_field(string body, string field)
    {
        var client = await _fixture.OperatorAsync();
        var tariff = await CreateAsync(client, Body(UniqueName("Assign")));

        var problem = await ProblemAsync(await client.PostAsync($"/api/v1/tariffs/{tariff.GetProperty("id").GetInt64()}/assignments", Json(body)),
            HttpStatusCode.BadRequest);

        Assert.Equal([field], ErrorFields(problem));
    }

    [Fact]
    public async Task Viewers_read_tariffs_operators_change_them_and_strangers_do_neither()
    {
        var client = await _fixture.OperatorAsync();
        var tariff = await CreateAsync(client, Body(UniqueName("Roles"), isDefault: true));
        var id = tariff.GetProperty("id").GetInt64();
        using var viewer = await OperatorSession.ApiKeyClientAsync(_host, "Viewer");

        await JsonAsync(await viewer.GetAsync("/api/v1/tariffs"), HttpStatusCode.OK);
        await JsonAsync(await viewer.GetAsync($"/api/v1/tariffs/{id}"), HttpStatusCode.OK);
        await JsonAsync(await viewer.GetAsync($"/api/v1/tariffs/{id}/versions"), HttpStatusCode.OK);
        await JsonAsync(await viewer.GetAsync($"/api/v1/tariffs/{id}/assignments"), HttpStatusCode.OK);
        await JsonAsync(await viewer.GetAsync("/api/v1/tariffs/quote?stationId=CS-ANY&energyWh=1000&minutes=10"), HttpStatusCode.OK);
        await ProblemAsync(await viewer.PostAsJsonAsync("/api/v1/tariffs", Body("Viewer")), HttpStatusCode.Forbidden);
        await ProblemAsync(await viewer.PutAsJsonAsync($"/api/v1/tariffs/{id}", Body("Viewer", isDefault: true)), HttpStatusCode.Forbidden);
        await ProblemAsync(await viewer.DeleteAsync($"/api/v1/tariffs/{id}"), HttpStatusCode.Forbidden);
        await ProblemAsync(await viewer.PostAsJsonAsync($"/api/v1/tariffs/{id}/assignments", new { stationId = "CS-V" }), HttpStatusCode.Forbidden);
        await ProblemAsync(await _host.Http.GetAsync("/api/v1/tariffs"), HttpStatusCode.Unauthorized);
        Assert.Equal(1, (await JsonAsync(await client.GetAsync($"/api/v1/tariffs/{id}"), HttpStatusCode.OK)).GetProperty("version").GetInt32());

        Assert.Equal(["stationId"], ErrorFields(await ProblemAsync(await viewer.GetAsync("/api/v1/tariffs/quote?energyWh=1&minutes=1"), HttpStatusCode.BadRequest)));
        Assert.Equal(["sort"], ErrorFields(await ProblemAsync(await viewer.GetAsync("/api/v1/tariffs?sort=price"), HttpStatusCode.BadRequest)));
    }

    private static object Body(
        string name, decimal pricePerKwh = 0.30m, bool isDefault = false, decimal? minPrice = null, object[]? periods = null) => new
    {
        name,
        currency = "EUR",
        pricePerKwh,
        pricePerMinute = 0.0m,
        idlePricePerMinute = 0.0m,
        idleGraceMinutes = 0,
        sessionFee = 1.00m,
        minPrice,
        taxRate = 0.20m,
        isDefault,
        periods,
    };

    private static async Task<JsonElement> CreateAsync(HttpClient client, object body) =>
        await JsonAsync(await client.PostAsJsonAsync("/api/v1/tariffs", body), HttpStatusCode.Created);

    private static async Task<JsonElement> AssignAsync(HttpClient client, JsonElement tariff, object body) =>
        await JsonAsync(await client.PostAsJsonAsync($"/api/v1/tariffs/{tariff.GetProperty("id").GetInt64()}/assignments", body), HttpStatusCode.Created);

    private static async Task<List<JsonElement>> ListAsync(HttpClient client) =>
        (await JsonAsync(await client.GetAsync("/api/v1/tariffs?pageSize=500"), HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();

    /// <summary>10 kWh over an hour, quoted; the tariff's name and the totals.</summary>
    private static async Task<(string? Tariff, decimal Net, decimal Tax, decimal Total)> QuoteAsync(HttpClient client, string stationId, string idTag, string? parentIdTag)
    {
        var query = $"stationId={stationId}&idTag={idTag}&energyWh=10000&minutes=60" + (parentIdTag is null ? "" : $"&parentIdTag={parentIdTag}");
        var quote = await JsonAsync(await client.GetAsync($"/api/v1/tariffs/quote?{query}"), HttpStatusCode.OK);
        return (quote.GetProperty("tariff").Text("name"), quote.GetProperty("net").GetDecimal(), quote.GetProperty("tax").GetDecimal(), quote.GetProperty("total").GetDecimal());
    }
}
