using OcppCsms.Transactions.Recording;

namespace OcppCsms.Transactions.Reconciliation;

/// <summary>
/// One transaction event in version-neutral words (OCPP 2.0.1 TransactionEventRequest): what reconciliation needs to
/// place it among the others of its transaction, whatever order they arrived in.
/// </summary>
/// <param name="SeqNo">The station's per-EVSE sequence number (OCPP 2.0.1 part 2 "Sequence Number Generation").</param>
/// <param name="Timestamp">When the event occurred, in the station's time.</param>
/// <param name="TriggerReason">The station's triggerReason, as written on the wire.</param>
/// <param name="ChargingState">The charging state, when the event reports one (it is required only when it changed).</param>
/// <param name="EnergyReadings">The energy register readings the event carried, in Wh.</param>
/// <param name="IdToken">The id token, present once for each authorization that starts or ends the transaction.</param>
/// <param name="StoppedReason">Why the transaction stopped, in the station's words (Ended events).</param>
/// <param name="Offline">The event happened while the station was offline (OCPP 2.0.1 E04.FR.03).</param>
internal sealed record TransactionEventFact(
    int SeqNo,
    TransactionEventKind Kind,
    DateTime Timestamp,
    string TriggerReason,
    string? ChargingState,
    IReadOnlyList<EnergyReading> EnergyReadings,
    string? IdToken,
    string? StoppedReason,
    bool Offline);
