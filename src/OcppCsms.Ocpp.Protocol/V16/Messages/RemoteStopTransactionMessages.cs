namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.35 RemoteStopTransaction.req.</summary>
public sealed record RemoteStopTransactionRequest
{
    public required int TransactionId { get; init; }
}

/// <summary>OCPP 1.6 §6.36 RemoteStopTransaction.conf.</summary>
public sealed record RemoteStopTransactionResponse
{
    public required RemoteStartStopStatus Status { get; init; }
}
