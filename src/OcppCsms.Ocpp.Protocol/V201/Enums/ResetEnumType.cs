namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.74 ResetEnumType: When ResetRequest asks the station to reset: immediately or once idle.
/// </summary>
public enum ResetEnumType
{
    Immediate,
    OnIdle,
}
