namespace OcppCsms.Transactions.Model;

/// <summary>
/// One charging transaction, whatever the OCPP version that reported it. The station's own transaction id is kept as
/// text: an integer this CSMS allocated in 1.6 (OCPP 1.6 §6.46), a string of up to 36 characters the station chose in
/// 2.0.1 (OCPP 2.0.1 E01). Times named <c>...At</c> without "Received" are the station's; the received times are the
/// CSMS's clock, so an offline replay keeps both.
/// </summary>
internal sealed class ChargingTransaction
{
    /// <summary>OCPP 2.0.1 TransactionType.transactionId: identifierString of at most 36 characters.</summary>
    public const int StationTransactionIdMaxLength = 36;

    /// <summary>OCPP 2.0.1 IdTokenType.idToken (36 characters) covers 1.6 IdToken (CiString20Type).</summary>
    public const int IdTagMaxLength = 36;

    public const int StatusMaxLength = 16;

    public const int StopReasonMaxLength = 32;

    /// <summary>The operator's reason for a force-stop.</summary>
    public const int ForceStopReasonMaxLength = 255;

    /// <summary>An operator's user name (64) or API key name (100).</summary>
    public const int ForceStoppedByMaxLength = 100;

    /// <summary>The internal id the REST API uses.</summary>
    public long Id { get; init; }

    public required string StationId { get; init; }

    /// <summary>The connector the transaction ran on; null only for an orphaned stop, which names none.</summary>
    public int? ConnectorId { get; init; }

    /// <summary>The EVSE (2.0.1); null for 1.6 stations, which have connectors only.</summary>
    public int? EvseId { get; init; }

    /// <summary>The transaction id the station uses in its messages, unique per station.</summary>
    public required string StationTransactionId { get; init; }

    public TransactionStatus Status { get; set; }

    /// <summary>The id tag that started the transaction; null for an orphaned stop.</summary>
    public string? IdTag { get; init; }

    /// <summary>The idTagInfo status answered at the start, answered again to a retried start.</summary>
    public string? StartIdTagStatus { get; init; }

    /// <summary>The group (parent) id tag answered at the start.</summary>
    public string? StartParentIdTag { get; init; }

    public int? ReservationId { get; init; }

    /// <summary>When the station says it started.</summary>
    public DateTime? StartedAt { get; init; }

    public DateTime? StartReceivedAt { get; init; }

    /// <summary>The energy register at the start, in Wh.</summary>
    public decimal? MeterStartWh { get; init; }

    /// <summary>The newest Energy.Active.Import.Register reading (by its sample time), in Wh.</summary>
    public decimal? LatestEnergyWh { get; set; }

    public DateTime? LatestEnergyAt { get; set; }

    /// <summary>When the station says it stopped.</summary>
    public DateTime? StoppedAt { get; set; }

    /// <summary>
    /// When the CSMS recorded the stop: set once, for completed and orphaned transactions. Billing picks completed
    /// transactions by this time (indexed with the status).
    /// </summary>
    public DateTime? CompletedAt { get; set; }

    /// <summary>The energy register at the stop, in Wh.</summary>
    public decimal? MeterStopWh { get; set; }

    /// <summary>Stop register minus start register, in Wh, set when the transaction completes.</summary>
    public decimal? EnergyWh { get; set; }

    /// <summary>Why it stopped, in the station's words (OCPP 1.6 §7.36 Reason, OCPP 2.0.1 ReasonEnumType).</summary>
    public string? StopReason { get; set; }

    public string? StopIdTag { get; set; }

    /// <summary>OCPP 2.0.1 TransactionType.remoteStartId: the RequestStartTransaction that started it, if one did.</summary>
    public int? RemoteStartId { get; init; }

    /// <summary>OCPP 2.0.1 ChargingStateEnumType: the latest charging state the station reported.</summary>
    public string? ChargingState { get; init; }

    /// <summary>
    /// When its latest meter values or transaction event arrived, by the CSMS's clock; an active transaction silent for
    /// <c>Transactions:StaleAfterHours</c> is stale. Moved by the meter-values batch that stores them, not a write of its own.
    /// </summary>
    public DateTime? LastActivityAt { get; init; }

    /// <summary>Suspicious data its messages carried, added by the writes that stored them.</summary>
    public TransactionFlags Flags { get; init; }

    /// <summary>Why an operator force-stopped it (StopReason ForceStopped), in their words.</summary>
    public string? ForceStopReason { get; init; }

    /// <summary>The operator (user or API key name) who force-stopped it.</summary>
    public string? ForceStoppedBy { get; init; }

    /// <summary>
    /// 2.0.1 only (null for 1.6): every TransactionEvent from the Started to the Ended one has arrived, seqNo by seqNo
    /// (OCPP 2.0.1 part 2 "Sequence Number Generation").
    /// </summary>
    public bool? EventsComplete { get; init; }
}
