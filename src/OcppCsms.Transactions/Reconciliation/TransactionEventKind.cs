namespace OcppCsms.Transactions.Reconciliation;

/// <summary>
/// Where an event stands in its transaction (OCPP 2.0.1 TransactionEventEnumType): the first event is Started, the last
/// Ended, every other Updated.
/// </summary>
internal enum TransactionEventKind
{
    Started,
    Updated,
    Ended,
}
