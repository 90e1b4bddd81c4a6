using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OcppCsms.Ocpp.Protocol;
using OcppCsms.Ocpp.Protocol.Framing;
using OcppCsms.Ocpp.Protocol.Validation;
using OcppCsms.Simulator.Connection;

namespace OcppCsms.Simulator.Stations;

/// <summary>Builds the frames a station answers the CSMS's CALLs with.</summary>
internal static class StationAnswers
{
    public static CallAnswer Result<T>(string messageId, T response, JsonTypeInfo<T> type, Func<CancellationToken, Task>? then = null) =>
        new(OcppFrameWriter.CallResult(messageId, JsonSerializer.SerializeToUtf8Bytes(response, type)), then);

    public static CallAnswer Error(string messageId, OcppErrorCode code, OcppVersion version, string description) =>
        new(OcppFrameWriter.CallError(messageId, code, version, description));

    /// <summary>The answer of <paramref name="handle"/> to a CALL whose payload passes its schema, the CALLERROR otherwise.</summary>
    public static CallAnswer Read<T>(
        OcppVersion version, string messageId, string action, ReadOnlyMemory<byte> payload, JsonTypeInfo<T> type, Func<string, T, CallAnswer> handle) =>
        TryRead(messageId, action, payload, type, version, out var request, out var refusal) ? handle(messageId, request) : refusal;

    /// <summary>
    /// Reads a CSMS CALL's payload against its schema. A payload that breaks it is answered with the CALLERROR the
    /// violation names (OCPP-J 1.6 §4.2.3, OCPP 2.0.1 part 4 §4.3), as a real station must.
    /// </summary>
    private static bool TryRead<T>(
        string messageId, string action, ReadOnlyMemory<byte> payload, JsonTypeInfo<T> type, OcppVersion version, out T request, out CallAnswer refusal)
    {
        if (OcppPayload.TryRead(payload.Span, type, out var value, out var violation))
        {
            request = value;
            refusal = default;
            return true;
        }

        request = default!;
        refusal = Error(messageId, violation.Code, version, violation.Describe(action));
        return false;
    }
}
