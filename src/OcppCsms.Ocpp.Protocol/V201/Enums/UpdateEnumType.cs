namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.85 UpdateEnumType: Whether SendLocalListRequest replaces the local authorization list or
/// updates it.
/// </summary>
public enum UpdateEnumType
{
    Differential,
    Full,
}
