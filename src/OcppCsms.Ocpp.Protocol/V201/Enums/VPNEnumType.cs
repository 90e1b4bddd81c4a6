namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.88 VPNEnumType: Type of VPN of a network connection profile.</summary>
public enum VPNEnumType
{
    IKEv2,
    IPSec,
    L2TP,
    PPTP,
}
