using System.Text.Json;
using OcppCsms.Ocpp.Protocol.Framing;

namespace OcppCsms.Ocpp.Server.Dispatch;

/// <summary>
/// Which RPC framework error a payload that failed to deserialise gets (OCPP 2.0.1 part 4 §4.3, OCPP-J 1.6 §4.2.3).
/// System.Text.Json reports every failure as a JsonException; the kinds are told apart by what it says, in this one
/// place, until payload validation has its own rules per field.
/// </summary>
internal static class PayloadErrors
{
    public static OcppErrorCode Classify(JsonException exception) => exception.Message switch
    {
        // A required field is absent (or null): the field's cardinality is violated.
        var m when m.Contains("missing required properties", StringComparison.Ordinal)
                   || m.Contains("was null", StringComparison.Ordinal) => OcppErrorCode.OccurrenceConstraintViolation,
        // A field the schema does not have (additionalProperties: false): not the PDU structure of the action.
        var m when m.Contains("could not be mapped", StringComparison.Ordinal) => OcppErrorCode.FormatViolation,
        // A value of the wrong JSON type, or a string that is not what its type demands (a date-time, say).
        _ => OcppErrorCode.TypeConstraintViolation,
    };

    /// <summary>Where in the payload, as a JSON path; never the value.</summary>
    public static string At(JsonException exception) => exception.Path is { Length: > 1 } path ? $" at {path}" : "";
}
