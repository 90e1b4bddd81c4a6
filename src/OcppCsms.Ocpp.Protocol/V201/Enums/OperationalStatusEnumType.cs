namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.63 OperationalStatusEnumType: Availability asked for by ChangeAvailabilityRequest.
/// </summary>
public enum OperationalStatusEnumType
{
    Inoperative,
    Operative,
}
