using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.60.1 TransactionEventRequest (use cases E01–E15): the station reports the start, an update or
/// the end of a transaction.
/// </summary>
public sealed record TransactionEventRequest
{
    /// <summary>Started for the first event of a transaction, Ended for the last, Updated for all others.</summary>
    public required TransactionEventEnumType EventType { get; init; }

    /// <summary>When the event occurred.</summary>
    public required DateTime Timestamp { get; init; }

    public required TriggerReasonEnumType TriggerReason { get; init; }

    /// <summary>
    /// Increases by 1 with every TransactionEventRequest (normally from 0 at the start), so the CSMS can tell whether
    /// it has received every event of a transaction.
    /// </summary>
    public required int SeqNo { get; init; }

    /// <summary>The event happened while the station was offline. Absent means false.</summary>
    public bool? Offline { get; init; }

    public int? NumberOfPhasesUsed { get; init; }

    /// <summary>The maximum current of the connected cable, in A.</summary>
    public int? CableMaxCurrent { get; init; }

    /// <summary>The reservation this transaction ends, by using it.</summary>
    public int? ReservationId { get; init; }

    public required TransactionType TransactionInfo { get; init; }

    /// <summary>
    /// Sent once for each authorization that starts or stops the transaction, so the CSMS answers with idTokenInfo;
    /// absent when the transaction is ended by RequestStopTransactionRequest or ResetRequest.
    /// </summary>
    public IdTokenType? IdToken { get; init; }

    public EVSEType? Evse { get; init; }

    /// <summary>
    /// The measurands configured for the event type (SampledDataTx*Measurands, AlignedDataTxEndedMeasurands).
    /// </summary>
    [MinLength(1)]
    public IReadOnlyList<MeterValueType>? MeterValue { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.60.2 TransactionEventResponse.</summary>
public sealed record TransactionEventResponse
{
    /// <summary>
    /// The running cost (Updated) or the final cost including taxes (Ended), in the configured Currency. Absent does
    /// not mean free: a free transaction is 0.00.
    /// </summary>
    public decimal? TotalCost { get; init; }

    /// <summary>A temporary business priority (default 0) that overrules the one in idTokenInfo.</summary>
    public int? ChargingPriority { get; init; }

    /// <summary>Required when the request contained an idToken.</summary>
    public IdTokenInfoType? IdTokenInfo { get; init; }

    /// <summary>A new personal message for the EV driver, e.g. updated tariff information.</summary>
    public MessageContentType? UpdatedPersonalMessage { get; init; }

    public CustomDataType? CustomData { get; init; }
}
