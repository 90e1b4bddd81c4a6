using System.Net;
using System.Text.Json;
using OcppCsms.IntegrationTests.Events;
using static OcppCsms.IntegrationTests.Stations.StationApi;

namespace OcppCsms.IntegrationTests.StationOperations;

/// <summary>
/// DataTransfer from stations (OCPP 1.6 §4.3, 2.0.1 P01), routed by vendor id: an unknown vendor is UnknownVendorId
/// without data; a vendor of <c>Ocpp:DataTransfer:AcceptedVendors</c> is Accepted and its message kept for REST.
/// </summary>
public sealed class DataTransferTests(StationOperationsHostFixture fixture) : IClassFixture<StationOperationsHostFixture>
{
    [Fact]
    public async Task An_unknown_vendor_is_answered_unknown_vendor_id_without_data_and_nothing_is_kept()
    {
        var id = UniqueId("CP-DT-UNKNOWN");
        await using var station = await fixture.StationAsync(id);

        var answer = await station.CallAsync("DataTransfer", new { vendorId = "com.nobody.here", messageId = "Ping", data = "hello" });

        Assert.Equal("""{"status":"UnknownVendorId"}""", answer.GetRawText());
        Assert.Equal(0, (await fixture.GetAsync($"/api/v1/stations/{id}/data-transfers")).GetProperty("totalCount").GetInt32());
        await fixture.Host.WaitForOutputAsync(line => line.Contains(id, StringComparison.Ordinal) && line.Contains("com.nobody.here", StringComparison.Ordinal)
            && line.Contains("UnknownVendorId", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task An_accepted_vendor_s_messages_are_accepted_and_kept_whatever_the_case_of_its_id()
    {
        var id = UniqueId("CP-DT-16");
        await using var station = await fixture.StationAsync(id);

        var first = await station.CallAsync("DataTransfer", new { vendorId = "COM.Example.Meter", messageId = "Reading", data = "{\"kWh\":12.5}" });
        var second = await station.CallAsync("DataTransfer", new { vendorId = StationOperationsHostFixture.OtherAcceptedVendor });

        Assert.Equal("""{"status":"Accepted"}""", first.GetRawText());
        Assert.Equal("""{"status":"Accepted"}""", second.GetRawText());
        var kept = await fixture.GetAsync($"/api/v1/stations/{id}/data-transfers?sort=receivedAt");
        var items = kept.GetProperty("items");
        Assert.Equal(2, kept.GetProperty("totalCount").GetInt32());
        // 1.6 data is text: kept and shown as a JSON string, exactly as sent.
        Assert.Equal(("COM.Example.Meter", "Reading", "{\"kWh\":12.5}"), (items[0].Text("vendorId"), items[0].Text("messageId"), items[0].Text("data")));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (items[1].GetProperty("messageId").ValueKind, items[1].GetProperty("data").ValueKind));
        var filtered = await fixture.GetAsync($"/api/v1/stations/{id}/data-transfers?vendorId={StationOperationsHostFixture.OtherAcceptedVendor}");
        Assert.Equal(1, filtered.GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Admin.GetAsync("/api/v1/stations/CP-NOBODY/data-transfers")).StatusCode);
    }

    [Fact]
    public async Task A_2_0_1_station_s_json_data_is_kept_as_json()
    {
        var id = UniqueId("CP-DT-201");
        await using var station = await fixture.StationAsync(id, "ocpp2.0.1");

        var answer = await station.CallAsync("DataTransfer", new { vendorId = StationOperationsHostFixture.AcceptedVendor, messageId = "Reading", data = new { kWh = 12.5, phases = new[] { 1, 2, 3 } } });
        var unknown = await station.CallAsync("DataTransfer", new { vendorId = "com.nobody.here", data = 7 });

        Assert.Equal("""{"status":"Accepted"}""", answer.GetRawText());
        Assert.Equal("""{"status":"UnknownVendorId"}""", unknown.GetRawText());
        var item = Assert.Single((await fixture.GetAsync($"/api/v1/stations/{id}/data-transfers")).GetProperty("items").EnumerateArray());
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse("""{"kWh":12.5,"phases":[1,2,3]}""").RootElement, item.GetProperty("data")), item.GetRawText());
    }
}
