using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.33 RemoteStartTransaction.req.</summary>
public sealed record RemoteStartTransactionRequest
{
    /// <summary>The connector to start on (greater than 0); absent lets the Charge Point choose.</summary>
    public int? ConnectorId { get; init; }

    /// <summary>The identifier to start the transaction for (IdToken, §7.28: CiString20Type).</summary>
    [MaxLength(20)]
    public required string IdTag { get; init; }

    /// <summary>A TxProfile for the transaction, without a transactionId (errata 3.41).</summary>
    public ChargingProfile? ChargingProfile { get; init; }
}

/// <summary>OCPP 1.6 §6.34 RemoteStartTransaction.conf.</summary>
public sealed record RemoteStartTransactionResponse
{
    public required RemoteStartStopStatus Status { get; init; }
}
