using System.Text.Json.Serialization;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.22 ConnectorEnumType: Connector (plug or socket) type that ReserveNowRequest may reserve.
/// Values keep the spec's prefixes: c = captive cable, s = socket, w = wireless.
/// </summary>
public enum ConnectorEnumType
{
    /// <summary>Combined Charging System 1 (captive cable), a.k.a. Combo 1.</summary>
    cCCS1,

    /// <summary>Combined Charging System 2 (captive cable), a.k.a. Combo 2.</summary>
    cCCS2,

    /// <summary>JARI G105-1993 (captive cable), a.k.a. CHAdeMO.</summary>
    cG105,

    /// <summary>Tesla connector (captive cable).</summary>
    cTesla,

    /// <summary>IEC 62196-2 Type 1 (captive cable), a.k.a. J1772.</summary>
    cType1,

    /// <summary>IEC 62196-2 Type 2 (captive cable).</summary>
    cType2,

    /// <summary>IEC 60309 socket, 1 phase, 16 A.</summary>
    [JsonStringEnumMemberName("s309-1P-16A")]
    s309_1P_16A,

    /// <summary>IEC 60309 socket, 1 phase, 32 A.</summary>
    [JsonStringEnumMemberName("s309-1P-32A")]
    s309_1P_32A,

    /// <summary>IEC 60309 socket, 3 phases, 16 A.</summary>
    [JsonStringEnumMemberName("s309-3P-16A")]
    s309_3P_16A,

    /// <summary>IEC 60309 socket, 3 phases, 32 A.</summary>
    [JsonStringEnumMemberName("s309-3P-32A")]
    s309_3P_32A,

    /// <summary>UK domestic socket (13 A).</summary>
    sBS1361,

    /// <summary>CEE 7/7 16 A socket (Schuko; may stand for 7/4 and 7/5).</summary>
    [JsonStringEnumMemberName("sCEE-7-7")]
    sCEE_7_7,

    /// <summary>IEC 62196-2 Type 2 socket.</summary>
    sType2,

    /// <summary>IEC 62196-2 Type 3 socket (Scame).</summary>
    sType3,

    /// <summary>Other single phase (domestic) socket, at most 16 A.</summary>
    Other1PhMax16A,

    /// <summary>Other single phase socket, over 16 A.</summary>
    Other1PhOver16A,

    /// <summary>Other 3 phase socket.</summary>
    Other3Ph,

    /// <summary>Pantograph.</summary>
    Pan,

    /// <summary>Wireless, inductively coupled.</summary>
    wInductive,

    /// <summary>Wireless, resonant coupled.</summary>
    wResonant,

    /// <summary>Not yet determined (e.g. before plugged in).</summary>
    Undetermined,

    /// <summary>Cannot be determined.</summary>
    Unknown,
}
