using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.45 StartTransaction.req.</summary>
public sealed record StartTransactionRequest
{
    public required int ConnectorId { get; init; }

    /// <summary>The identifier the transaction is started for (IdToken, §7.28: CiString20Type).</summary>
    [MaxLength(20)]
    public required string IdTag { get; init; }

    /// <summary>The connector's meter reading in Wh at the start.</summary>
    public required int MeterStart { get; init; }

    /// <summary>The reservation this transaction ends.</summary>
    public int? ReservationId { get; init; }

    public required DateTime Timestamp { get; init; }
}

/// <summary>OCPP 1.6 §6.46 StartTransaction.conf.</summary>
public sealed record StartTransactionResponse
{
    public required IdTagInfo IdTagInfo { get; init; }

    /// <summary>The transaction id the CSMS assigns.</summary>
    public required int TransactionId { get; init; }
}
