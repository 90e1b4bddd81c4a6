namespace OcppCsms.Simulator.Stations;

/// <summary>Why a simulated session ends; each version maps it to its own reason (1.6 §7.30 Reason, 2.0.1 ReasonEnumType).</summary>
internal enum StopReason
{
    /// <summary>The driver ended it at the station (the session's time was up).</summary>
    Local,

    /// <summary>RemoteStopTransaction / RequestStopTransaction.</summary>
    Remote,

    /// <summary>The CSMS did not accept the id tag at the start (1.6 §5.x StopTransactionOnInvalidId).</summary>
    DeAuthorized,

    /// <summary>A soft reset (1.6) or an OnIdle reset of a 2.0.1 station that waited for nothing.</summary>
    SoftReset,

    /// <summary>A hard reset (1.6) or an Immediate reset (2.0.1).</summary>
    HardReset,

    /// <summary>UnlockConnector on a connector with a session.</summary>
    UnlockCommand,
}
