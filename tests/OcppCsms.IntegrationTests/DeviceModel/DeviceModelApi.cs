using System.Net;
using System.Text.Json;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.DeviceModel;

/// <summary>The device model as the tests read it over REST.</summary>
internal static class DeviceModelApi
{
    /// <summary><c>GET /api/v1/stations/{id}/variables</c> with <paramref name="query"/>: the page's items, checked against its total count.</summary>
    public static async Task<List<JsonElement>> VariablesAsync(HttpClient client, string stationId, string query = "")
    {
        var page = await JsonAsync(await client.GetAsync($"/api/v1/stations/{Uri.EscapeDataString(stationId)}/variables?pageSize=500{query}"), HttpStatusCode.OK);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(page.GetProperty("totalCount").GetInt32(), items.Count);
        return items;
    }

    /// <summary>The row of <paramref name="component"/>.<paramref name="variable"/> (attribute <paramref name="attributeType"/>); fails when there is not exactly one.</summary>
    public static JsonElement Row(IEnumerable<JsonElement> rows, string? component, string variable, string attributeType = "Actual") =>
        Assert.Single(rows, r => r.GetProperty("component").GetString() == component && r.GetProperty("variable").GetString() == variable
            && r.GetProperty("attributeType").GetString() == attributeType);
}
