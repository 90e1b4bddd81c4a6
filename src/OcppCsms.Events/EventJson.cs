using System.Text.Json;
using System.Text.Json.Serialization;
using OcppCsms.SharedKernel.Events;

namespace OcppCsms.Events;

/// <summary>
/// The one JSON form of an event, the same on the SSE stream, the WebSocket and in webhook bodies:
/// <c>{"id","type","occurredAt","stationId","data"}</c>, camelCase, enums as names, on one line (SSE data lines cannot
/// hold a line break).
/// </summary>
internal static class EventJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] Serialize(CsmsEvent csmsEvent) => JsonSerializer.SerializeToUtf8Bytes(csmsEvent, Options);
}
