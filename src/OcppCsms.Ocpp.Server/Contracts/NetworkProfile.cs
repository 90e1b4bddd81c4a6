namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>
/// How a 2.0.1 station connects to the CSMS (part 2 §2.35 NetworkConnectionProfileType), for
/// <see cref="IStationCommands.SetNetworkProfileAsync"/>.
/// </summary>
/// <param name="OcppCsmsUrl">The CSMS URL without the station's identity, which the station appends.</param>
/// <param name="MessageTimeout">Seconds before a message sent over this connection times out.</param>
public sealed record NetworkProfile(
    NetworkOcppVersion OcppVersion, NetworkTransport OcppTransport, string OcppCsmsUrl, int MessageTimeout, int SecurityProfile, NetworkInterface OcppInterface,
    NetworkVpn? Vpn = null, NetworkApn? Apn = null);

/// <summary>Part 2 §3.62 OCPPVersionEnumType.</summary>
public enum NetworkOcppVersion
{
    OCPP12,
    OCPP15,
    OCPP16,
    OCPP20,
}

/// <summary>Part 2 §3.61 OCPPTransportEnumType.</summary>
public enum NetworkTransport
{
    JSON,
    SOAP,
}

/// <summary>Part 2 §3.60 OCPPInterfaceEnumType.</summary>
public enum NetworkInterface
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

/// <summary>VPN settings (part 2 §2.54 VPNType).</summary>
public sealed record NetworkVpn(string Server, string User, string? Group, string Password, string Key, VpnKind Type);

/// <summary>Part 2 §3.88 VPNEnumType.</summary>
public enum VpnKind
{
    IKEv2,
    IPSec,
    L2TP,
    PPTP,
}

/// <summary>Cellular data connection settings (part 2 §2.3 APNType).</summary>
public sealed record NetworkApn(
    string Apn, string? ApnUserName, string? ApnPassword, int? SimPin, string? PreferredNetwork, bool? UseOnlyPreferredNetwork, ApnAuthentication ApnAuthentication);

/// <summary>Part 2 §3.1 APNAuthenticationEnumType.</summary>
public enum ApnAuthentication
{
    CHAP,
    NONE,
    PAP,
    AUTO,
}
