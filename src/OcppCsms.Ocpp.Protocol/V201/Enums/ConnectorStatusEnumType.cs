namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.23 ConnectorStatusEnumType: Status of a connector in StatusNotificationRequest. Available,
/// Occupied and Reserved are operative; Unavailable and Faulted inoperative.
/// </summary>
public enum ConnectorStatusEnumType
{
    Available,
    Occupied,
    Reserved,
    Unavailable,
    Faulted,
}
