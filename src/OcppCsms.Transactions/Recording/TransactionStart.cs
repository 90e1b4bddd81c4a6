using OcppCsms.Authorization.Contracts;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// A transaction's start as a station reported it. <paramref name="StationTransactionId"/> is the station's own id
/// (2.0.1); null asks for one to be allocated (1.6, where the CSMS assigns it).
/// </summary>
internal sealed record TransactionStart(
    string StationId, int ConnectorId, int? EvseId, string IdTag, decimal MeterStartWh, DateTime StartedAt, int? ReservationId,
    string? StationTransactionId = null);

/// <summary>What became of a start: the transaction (new, or the one a repeated start found) and the verdict on its tag.</summary>
/// <param name="Repeated">True when the start had been recorded before and nothing changed.</param>
internal sealed record StartOutcome(long Id, string StationTransactionId, IdTagVerdict Verdict, bool Repeated);
