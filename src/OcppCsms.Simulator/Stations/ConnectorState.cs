namespace OcppCsms.Simulator.Stations;

/// <summary>
/// The version-neutral state of a connector. 1.6 reports it as is (§7.7 ChargePointStatus); 2.0.1 reports Preparing,
/// Charging and Finishing as Occupied (part 2 §2.x ConnectorStatusEnumType: a cable is plugged in or a session runs).
/// </summary>
internal enum ConnectorState
{
    Available,
    Preparing,
    Charging,
    Finishing,
    Unavailable,
}
