using OcppCsms.Authorization.Contracts;
using OcppCsms.Transactions.Model;
using OcppCsms.Transactions.Reconciliation;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// One transaction event as a station reported it (OCPP 2.0.1 TransactionEventRequest), in version-neutral words: the
/// station's transaction id, where it happened, the event itself and the sampled values it carried.
/// </summary>
/// <param name="ReservationId">The reservation the transaction ends by using it (OCPP 2.0.1 E01.FR.13).</param>
/// <param name="RemoteStartId">The remote start that began the transaction (OCPP 2.0.1 F01).</param>
internal sealed record TransactionEventReport(
    string StationId, string StationTransactionId, int? EvseId, int? ConnectorId, TransactionEventFact Event,
    IReadOnlyList<SampleReading> Samples, int? ReservationId, int? RemoteStartId);

/// <summary>What became of an event: its transaction, whether it had arrived before, and the verdict on its id token.</summary>
/// <param name="Verdict">Null when the event carried no id token.</param>
/// <param name="Transaction">The transaction as the event's commit left it.</param>
internal sealed record TransactionEventOutcome(long Id, bool Repeated, IdTagVerdict? Verdict, ChargingTransaction Transaction);
