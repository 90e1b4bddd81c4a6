namespace OcppCsms.Transactions.Model;

/// <summary>
/// Suspicious data a transaction's messages carried: flagged for operators, never refused (the station would retry or
/// drop the message, OCPP 1.6 §4.7, 2.0.1 E04, and the transaction happened either way). Stored as bits, so each write
/// that sees one adds it to the others.
/// </summary>
[Flags]
internal enum TransactionFlags
{
    None = 0,

    /// <summary>A station time more than <see cref="DataFlags.FutureTolerance"/> after the CSMS received the message.</summary>
    TimestampInFuture = 1,

    /// <summary>A station time before 2010: a clock never set (OCPP 1.6 §4.2 advises syncing it from the BootNotification answer).</summary>
    TimestampBefore2010 = 2,

    /// <summary>An energy register reading lower than an earlier one: registers only grow (OCPP 1.6 §7.31, 2.0.1 part 2 appendix 2).</summary>
    EnergyRegisterBackwards = 4,

    /// <summary>More energy than <c>Transactions:MaxPlausiblePowerKw</c> could deliver in the time between the readings.</summary>
    ImplausibleEnergy = 8,
}
