using System.Net.Http.Json;
using Microsoft.Playwright;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Dashboard;

/// <summary>The station page in a real browser: remote operations answered by a test station, live transactions, roles.</summary>
public sealed class StationPageTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private readonly CsmsProcess _host = fixture.Host;

    [BrowserFact]
    public async Task A_remote_start_shows_the_answer_then_the_transaction_and_its_growing_meter_chart()
    {
        using var admin = await OperatorSession.BearerClientAsync(_host);
        (await admin.PostAsJsonAsync("/api/v1/id-tags", new { idTag = "DASH-TAG-1", status = "Accepted" })).EnsureSuccessStatusCode();
        await using var station = await ConnectedStationAsync(admin, "DASH-OPS-1");
        var errors = new List<string>();
        var page = await fixture.NewPageAsync(errors);
        await fixture.SignInAsync(page);
        await page.GotoAsync(new Uri(_host.BaseAddress, "/dashboard/#/stations/DASH-OPS-1").ToString());
        await Assertions.Expect(page.Locator("#live")).ToHaveTextAsync("Live");
        await Assertions.Expect(page.GetByText("Acme / Volt")).ToBeVisibleAsync();

        await page.Locator("summary", new() { HasText = "Remote start" }).ClickAsync();
        var form = page.Locator("form[data-command='remote-start']");
        await form.GetByLabel("Id tag").FillAsync("DASH-TAG-1");
        await form.GetByLabel("Connector / EVSE").FillAsync("1");
        await form.GetByRole(AriaRole.Button, new() { Name = "Remote start" }).ClickAsync();
        var call = await station.ReceiveCallAsync("RemoteStartTransaction");
        Assert.Equal("DASH-TAG-1", call.Payload.GetProperty("idTag").GetString());
        Assert.Equal(1, call.Payload.GetProperty("connectorId").GetInt32());
        await station.AnswerAsync(call, new { status = "Accepted" });
        await Assertions.Expect(page.Locator("details.command output.ok")).ToContainTextAsync("RemoteStartTransaction: Accepted");

        var started = await station.CallAsync("StartTransaction", new { connectorId = 1, idTag = "DASH-TAG-1", meterStart = 1000, timestamp = DateTime.UtcNow });
        var transactionId = started.GetProperty("transactionId").GetInt32();
        await station.CallAsync("MeterValues", Reading(transactionId, DateTime.UtcNow, 1500, 7200));
        var row = page.Locator($"tr[data-transaction='{transactionId}']");
        await Assertions.Expect(row).ToContainTextAsync("Active");

        await DashboardFixture.ScreenshotAsync(page, "station");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Meter values" })).ToBeVisibleAsync();
        var energy = page.Locator("path.series-0");
        await Assertions.Expect(energy).ToHaveAttributeAsync("data-points", "1");
        await station.CallAsync("MeterValues", Reading(transactionId, DateTime.UtcNow.AddSeconds(30), 2600, 7400));
        await Assertions.Expect(energy).ToHaveAttributeAsync("data-points", "2");
        await Assertions.Expect(page.Locator("path.series-1")).ToHaveAttributeAsync("data-points", "2");
        await Assertions.Expect(page.GetByText("No cost yet.")).ToBeVisibleAsync();
        await DashboardFixture.ScreenshotAsync(page, "transaction");
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task A_configuration_key_read_from_the_station_is_changed_in_place()
    {
        using var admin = await OperatorSession.BearerClientAsync(_host);
        await using var station = await ConnectedStationAsync(admin, "DASH-CONF-1");
        var errors = new List<string>();
        var page = await fixture.NewPageAsync(errors);
        await fixture.SignInAsync(page);
        await page.GotoAsync(new Uri(_host.BaseAddress, "/dashboard/#/stations/DASH-CONF-1").ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Read the configuration from the station" }).ClickAsync();
        await station.AnswerNextAsync("GetConfiguration", new
        {
            configurationKey = new object[]
            {
                new { key = "HeartbeatInterval", @readonly = false, value = "300" },
                new { key = "NumberOfConnectors", @readonly = true, value = "1" },
            },
        });
        await Assertions.Expect(page.Locator("tr[data-setting='NumberOfConnectors']")).ToContainTextAsync("ReadOnly");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save NumberOfConnectors" })).ToHaveCountAsync(0);

        await page.GetByLabel("Value of HeartbeatInterval").FillAsync("60");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save HeartbeatInterval" }).ClickAsync();
        var change = await station.ReceiveCallAsync("ChangeConfiguration");
        Assert.Equal("HeartbeatInterval", change.Payload.GetProperty("key").GetString());
        Assert.Equal("60", change.Payload.GetProperty("value").GetString());
        await station.AnswerAsync(change, new { status = "Accepted" });
        await Assertions.Expect(page.Locator("tr[data-setting='HeartbeatInterval']")).ToContainTextAsync("ChangeConfiguration: Accepted");
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task A_viewer_sees_the_station_but_no_command_buttons()
    {
        using var admin = await OperatorSession.BearerClientAsync(_host);
        await using var station = await ConnectedStationAsync(admin, "DASH-VIEW-1");
        await using var pending = await TestStation.ConnectAsync(_host, "DASH-VIEW-PENDING");
        await pending.CallAsync("BootNotification", new { chargePointVendor = "Acme", chargePointModel = "Volt" });
        var password = await fixture.CreateUserAsync("dash-viewer", "Viewer");
        var errors = new List<string>();
        var page = await fixture.NewPageAsync(errors);
        await fixture.SignInAsync(page, "dash-viewer", password);
        await Assertions.Expect(page.Locator("#who")).ToHaveTextAsync("dash-viewer (Viewer)");
        await page.GetByRole(AriaRole.Link, new() { Name = "Stations", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("tr[data-station='DASH-VIEW-PENDING']")).ToContainTextAsync("Pending");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Accept DASH-VIEW-PENDING" })).ToHaveCountAsync(0);

        await page.GotoAsync(new Uri(_host.BaseAddress, "/dashboard/#/stations/DASH-VIEW-1").ToString());
        await Assertions.Expect(page.Locator("tr[data-setting]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("Acme / Volt")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("The message log is open to Operators and Admins.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Remote operations" })).ToHaveCountAsync(0);
        Assert.Equal(1, await page.GetByRole(AriaRole.Button).CountAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    private async Task<TestStation> ConnectedStationAsync(HttpClient admin, string id)
    {
        var station = await TestStation.RegisterAndConnectAsync(_host, admin, id);
        await station.CallAsync("BootNotification", new { chargePointVendor = "Acme", chargePointModel = "Volt" });
        await station.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Available" });
        return station;
    }

    private static object Reading(int transactionId, DateTime at, int energyWh, int powerW) => new
    {
        connectorId = 1,
        transactionId,
        meterValue = new[]
        {
            new
            {
                timestamp = at,
                sampledValue = new object[]
                {
                    new { value = energyWh.ToString(System.Globalization.CultureInfo.InvariantCulture), measurand = "Energy.Active.Import.Register", unit = "Wh" },
                    new { value = powerW.ToString(System.Globalization.CultureInfo.InvariantCulture), measurand = "Power.Active.Import", unit = "W" },
                },
            },
        },
    };
}
