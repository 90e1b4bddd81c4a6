namespace OcppCsms.Ocpp.Protocol.Framing;

/// <summary>
/// The RPC framework error codes, named as OCPP 2.0.1 part 4 §4.3 names them. <see cref="OcppErrorCodes.ToWire"/> gives
/// each version's spelling: OCPP-J 1.6 §4.2.3 has fewer codes and two spellings of its own.
/// </summary>
public enum OcppErrorCode
{
    FormatViolation,
    GenericError,
    InternalError,
    MessageTypeNotSupported,
    NotImplemented,
    NotSupported,
    OccurrenceConstraintViolation,
    PropertyConstraintViolation,
    ProtocolError,
    RpcFrameworkError,
    SecurityError,
    TypeConstraintViolation,
}

public static class OcppErrorCodes
{
    public static string ToWire(this OcppErrorCode code, OcppVersion version) => version switch
    {
        OcppVersion.V16 => code switch
        {
            // OCPP-J 1.6 §4.2.3 calls it FormationViolation and spells OccurenceConstraintViolation with one 'r'; the
            // OCPP-J 1.6 errata list both as known issues that stay as they are, so 1.6 stations expect these strings.
            OcppErrorCode.FormatViolation or OcppErrorCode.RpcFrameworkError => "FormationViolation",
            OcppErrorCode.OccurrenceConstraintViolation => "OccurenceConstraintViolation",
            // 1.6 has no code for an unknown message type: it ignores such messages (OCPP-J 1.6 §4.1.3).
            OcppErrorCode.MessageTypeNotSupported => "ProtocolError",
            _ => code.ToString(),
        },
        _ => code.ToString(),
    };
}
