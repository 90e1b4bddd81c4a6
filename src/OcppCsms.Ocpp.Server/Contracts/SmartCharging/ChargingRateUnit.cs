namespace OcppCsms.Ocpp.Server.Contracts.SmartCharging;

/// <summary>The unit of a schedule's limits (1.6 §7.12, 2.0.1 part 2 §3.15).</summary>
public enum ChargingRateUnit
{
    /// <summary>Watts: the total power.</summary>
    W,

    /// <summary>Amperes: the current per phase.</summary>
    A,
}
