namespace OcppCsms.Simulator.Stations;

/// <summary>Why the station boots; 2.0.1 sends it (BootReasonEnumType), 1.6 has no field for it.</summary>
internal enum BootReason
{
    PowerUp,
    RemoteReset,
    Triggered,
}
