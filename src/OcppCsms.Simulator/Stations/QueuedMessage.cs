namespace OcppCsms.Simulator.Stations;

/// <summary>
/// A transaction-related message waiting its turn (OCPP 1.6 §3.7: StartTransaction, StopTransaction, MeterValues;
/// OCPP 2.0.1: TransactionEvent). The payload is built when the message is sent, because a 1.6 MeterValues or
/// StopTransaction queued offline learns its transactionId only when the StartTransaction before it is answered; it is
/// null when the message has become pointless (its StartTransaction was never accepted for processing).
/// </summary>
/// <param name="QueuedOffline">Created while the station was offline, so delivering it is a replay.</param>
internal sealed record QueuedMessage(string Action, Func<byte[]?> Payload, Action<byte[]>? Answered, bool QueuedOffline);
