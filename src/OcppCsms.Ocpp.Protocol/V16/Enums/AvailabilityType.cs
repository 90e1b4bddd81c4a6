namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.4 AvailabilityType: the availability requested by ChangeAvailability.req.</summary>
public enum AvailabilityType
{
    Inoperative,
    Operative,
}
