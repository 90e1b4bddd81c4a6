namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §3.80 TransactionEventEnumType: Place of a TransactionEventRequest in its transaction: the
/// first, a later or the last event.
/// </summary>
public enum TransactionEventEnumType
{
    Ended,
    Started,
    Updated,
}
