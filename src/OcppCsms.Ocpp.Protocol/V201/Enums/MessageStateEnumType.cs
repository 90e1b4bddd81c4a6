namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.53 MessageStateEnumType: State of the Charging Station during which a display message is
/// shown.
/// </summary>
public enum MessageStateEnumType
{
    Charging,
    Faulted,
    Idle,
    Unavailable,
}
