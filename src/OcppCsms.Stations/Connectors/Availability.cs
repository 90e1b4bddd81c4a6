namespace OcppCsms.Stations.Connectors;

/// <summary>OCPP 1.6 §7.4 AvailabilityType, OCPP 2.0.1 OperationalStatusEnumType: the same two words.</summary>
internal enum Availability
{
    Operative,
    Inoperative,
}
