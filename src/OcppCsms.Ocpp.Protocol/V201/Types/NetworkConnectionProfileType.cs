using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.35 NetworkConnectionProfileType: How the Charging Station connects to the CSMS: OCPP
/// version and transport, CSMS URL, timeout, security profile, interface and optional VPN and APN
/// (SetNetworkProfileRequest).
/// </summary>
public sealed record NetworkConnectionProfileType
{
    /// <summary>Ignored: the OCPP version is settled in the WebSocket handshake.</summary>
    public required OCPPVersionEnumType OcppVersion { get; init; }

    public required OCPPTransportEnumType OcppTransport { get; init; }

    /// <summary>CSMS URL without the Charging Station identity, which the station appends.</summary>
    [MaxLength(512)]
    public required string OcppCsmsUrl { get; init; }

    /// <summary>Seconds before a message sent over this connection times out.</summary>
    public required int MessageTimeout { get; init; }

    /// <summary>Security profile used to connect with this profile.</summary>
    public required int SecurityProfile { get; init; }

    /// <summary>Network interface to use; the station may use another one if this one does not work.</summary>
    public required OCPPInterfaceEnumType OcppInterface { get; init; }

    public VPNType? Vpn { get; init; }

    public APNType? Apn { get; init; }

    public CustomDataType? CustomData { get; init; }
}
