using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.49 StopTransaction.req.</summary>
public sealed record StopTransactionRequest
{
    /// <summary>The identifier that stopped the charging, sent when known (IdToken, §7.28: CiString20Type).</summary>
    [MaxLength(20)]
    public string? IdTag { get; init; }

    /// <summary>The connector's meter reading in Wh at the end.</summary>
    public required int MeterStop { get; init; }

    public required DateTime Timestamp { get; init; }

    public required int TransactionId { get; init; }

    /// <summary>Why the transaction stopped; may be absent only when the reason is Local.</summary>
    public Reason? Reason { get; init; }

    /// <summary>Meter values of the transaction relevant for billing.</summary>
    public IReadOnlyList<MeterValue>? TransactionData { get; init; }
}

/// <summary>OCPP 1.6 §6.50 StopTransaction.conf.</summary>
public sealed record StopTransactionResponse
{
    /// <summary>Absent when the transaction was stopped without an idTag.</summary>
    public IdTagInfo? IdTagInfo { get; init; }
}
