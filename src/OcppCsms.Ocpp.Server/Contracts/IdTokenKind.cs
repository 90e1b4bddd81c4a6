namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>
/// What kind of identifier an id tag is, in OCPP 2.0.1's words (IdTokenEnumType): 2.0.1 sends every idToken with its
/// type, OCPP 1.6 has none and ignores it.
/// </summary>
public enum IdTokenKind
{
    Central,
    eMAID,

    /// <summary>An RFID card's 4 or 7 byte UID in hex: what 1.6 idTags usually are (OCPP 1.6 §3.9), so the default.</summary>
    ISO14443,
    ISO15693,
    KeyCode,
    Local,
    MacAddress,
    NoAuthorization,
}
