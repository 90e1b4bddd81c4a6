using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.44.1 RequestStartTransactionRequest (use cases F01, F02, K05): the CSMS asks the station to
/// start a transaction.
/// </summary>
public sealed record RequestStartTransactionRequest
{
    /// <summary>
    /// The EVSE to start on (greater than 0); absent: the station selects one, or may reject (F01.FR.07/20).
    /// </summary>
    public int? EvseId { get; init; }

    /// <summary>
    /// The CSMS's id for this request, which the station returns in the TransactionEventRequest it starts.
    /// </summary>
    public required int RemoteStartId { get; init; }

    public required IdTokenType IdToken { get; init; }

    /// <summary>A profile for this transaction; its purpose must be TxProfile.</summary>
    public ChargingProfileType? ChargingProfile { get; init; }

    /// <summary>
    /// Only for an EVSE reserved for this group id while the variable AuthorizeRemoteStart is false (otherwise the
    /// AuthorizeResponse could return it).
    /// </summary>
    public IdTokenType? GroupIdToken { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.44.2 RequestStartTransactionResponse.</summary>
public sealed record RequestStartTransactionResponse
{
    public required RequestStartStopStatusEnumType Status { get; init; }

    /// <summary>
    /// The id of a transaction the station had already started before the request, e.g. when the cable was plugged in
    /// first.
    /// </summary>
    [MaxLength(36)]
    public string? TransactionId { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
