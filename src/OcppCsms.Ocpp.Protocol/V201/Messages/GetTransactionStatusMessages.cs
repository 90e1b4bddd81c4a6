using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.27.1 GetTransactionStatusRequest (use case E14): the CSMS asks whether a transaction is still
/// ongoing and whether transaction messages are still queued.
/// </summary>
public sealed record GetTransactionStatusRequest
{
    /// <summary>Absent: the CSMS only asks whether any transaction messages are queued.</summary>
    [MaxLength(36)]
    public string? TransactionId { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.27.2 GetTransactionStatusResponse.</summary>
public sealed record GetTransactionStatusResponse
{
    /// <summary>Whether the transaction is still ongoing; absent when no transactionId was asked for.</summary>
    public bool? OngoingIndicator { get; init; }

    /// <summary>Whether transaction messages are still waiting to be delivered.</summary>
    public required bool MessagesInQueue { get; init; }

    public CustomDataType? CustomData { get; init; }
}
