namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.60 OCPPInterfaceEnumType: Network interface a network connection profile uses.
/// </summary>
public enum OCPPInterfaceEnumType
{
    Wired0,
    Wired1,
    Wired2,
    Wired3,
    Wireless0,
    Wireless1,
    Wireless2,
    Wireless3,
}
