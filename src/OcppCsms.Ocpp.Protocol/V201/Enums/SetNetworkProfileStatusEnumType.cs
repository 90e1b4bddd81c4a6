namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §3.78 SetNetworkProfileStatusEnumType: Result of a SetNetworkProfileRequest.</summary>
public enum SetNetworkProfileStatusEnumType
{
    Accepted,
    Rejected,
    Failed,
}
