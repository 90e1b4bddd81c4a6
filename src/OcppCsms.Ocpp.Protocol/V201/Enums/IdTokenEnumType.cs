namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.43 IdTokenEnumType: Kind of identifier held by an IdTokenType.</summary>
public enum IdTokenEnumType
{
    /// <summary>Generated centrally by the CSMS (or another server), e.g. for a remote start.</summary>
    Central,

    /// <summary>E-mobility account id (ISO 15118).</summary>
    eMAID,

    /// <summary>RFID UID of 4 or 7 bytes, hexadecimal.</summary>
    ISO14443,

    /// <summary>RFID UID of 8 bytes, hexadecimal.</summary>
    ISO15693,

    /// <summary>A private key code such as a PIN.</summary>
    KeyCode,

    /// <summary>Generated locally by the Charging Station.</summary>
    Local,

    /// <summary>MAC address of the EV's communication controller ("Autocharge").</summary>
    MacAddress,

    /// <summary>No authorization possible (e.g. a start button only); the idToken is left empty.</summary>
    NoAuthorization,
}
