namespace OcppCsms.Ocpp.Server.Contracts.SmartCharging;

/// <summary>How a Recurring profile repeats (1.6 §7.37, 2.0.1 part 2 §3.68).</summary>
public enum RecurrencyKind
{
    Daily,
    Weekly,
}
