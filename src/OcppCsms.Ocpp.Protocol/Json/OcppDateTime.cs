using System.Text.Json;

namespace OcppCsms.Ocpp.Protocol.Json;

/// <summary>
/// Reads an OCPP date-time as UTC. RFC 3339 demands an offset; a value without one (some 1.6 firmware sends its clock
/// so) is taken as UTC rather than as this server's local time, so the result never depends on where the CSMS runs.
/// </summary>
public static class OcppDateTime
{
    public static bool TryRead(ref Utf8JsonReader reader, out DateTime value)
    {
        if (!reader.TryGetDateTime(out value))
        {
            return false;
        }

        // An offset makes TryGetDateTime convert to local time, which is lossy around daylight-saving changes: read the
        // offset form instead. Without an offset the kind is Unspecified.
        if (value.Kind != DateTimeKind.Unspecified && reader.TryGetDateTimeOffset(out var withOffset))
        {
            value = withOffset.UtcDateTime;
        }
        else
        {
            value = DateTime.SpecifyKind(value, DateTimeKind.Utc);
        }

        return true;
    }
}
