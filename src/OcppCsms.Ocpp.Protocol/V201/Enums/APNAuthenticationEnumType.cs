namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.1 APNAuthenticationEnumType: How the modem authenticates to the access point
/// (APNType.apnAuthentication).
/// </summary>
public enum APNAuthenticationEnumType
{
    CHAP,

    NONE,

    PAP,

    /// <summary>Try CHAP, then PAP, then none.</summary>
    AUTO,
}
