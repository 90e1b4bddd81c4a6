using System.Text.Json;
using System.Text.Json.Nodes;
using OcppCsms.Ocpp.Protocol.Framing;

namespace OcppCsms.Ocpp.Protocol.Validation;

/// <summary>
/// One value's rules, checked straight on the received bytes before anything is bound. The reader stands on the value's
/// first token and is left on its last; a violation is returned, never thrown.
/// </summary>
internal abstract class SchemaNode
{
    public abstract PayloadViolation? Check(ref Utf8JsonReader reader);

    /// <summary>These rules in JSON Schema terms, to hold them against the official schemas.</summary>
    public abstract JsonObject Describe();

    /// <summary>A value of the wrong JSON type: OCPP 2.0.1 part 4 §4.3 TypeConstraintViolation.</summary>
    protected static PayloadViolation WrongType(string expected) => new(OcppErrorCode.TypeConstraintViolation, "", $"must be {expected}");

    /// <summary>A value of the right type outside what the field allows: PropertyConstraintViolation.</summary>
    protected static PayloadViolation OutOfBounds(string problem) => new(OcppErrorCode.PropertyConstraintViolation, "", problem);
}
