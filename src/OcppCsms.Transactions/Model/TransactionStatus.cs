namespace OcppCsms.Transactions.Model;

/// <summary>Where a charging transaction stands, as the CSMS has recorded it.</summary>
internal enum TransactionStatus
{
    /// <summary>Started and not yet stopped.</summary>
    Active,

    /// <summary>Stopped: its stop values are final and billing may pick it up.</summary>
    Completed,

    /// <summary>
    /// A stop for a transaction id this CSMS never allocated or recorded (OCPP 1.6 §4.10), or 2.0.1 TransactionEvents
    /// whose Started event has not arrived (yet): answered, logged and kept here for operators, with what they said.
    /// It has no start, so it is never billed; a 2.0.1 transaction becomes Active or Completed when its Started arrives.
    /// </summary>
    Orphaned,
}
