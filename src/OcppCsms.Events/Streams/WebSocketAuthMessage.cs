using System.Text.Json;
using System.Text.Json.Serialization;

namespace OcppCsms.Events.Streams;

/// <summary>
/// The first message of a WebSocket opened without credentials:
/// <c>{"type":"auth","token":"&lt;access token or API key&gt;","stationIds":[...],"types":[...]}</c>. The filters, when
/// present, replace those of the query string.
/// </summary>
internal sealed record WebSocketAuthMessage(string? Type, string? Token, string[]? StationIds, string[]? Types)
{
    public const string AuthType = "auth";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // As on the REST API: a misspelt field would silently widen the filter.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The server's answer once the client is authenticated and subscribed: events follow.</summary>
    public static readonly byte[] Authenticated = """{"type":"authenticated"}"""u8.ToArray();

    public static WebSocketAuthMessage? Parse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return JsonSerializer.Deserialize<WebSocketAuthMessage>(utf8, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
