using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §2.48 TransactionType: The transaction a TransactionEventRequest reports on.</summary>
public sealed record TransactionType
{
    [MaxLength(36)]
    public required string TransactionId { get; init; }

    /// <summary>Current charging state; required when it changed.</summary>
    public ChargingStateEnumType? ChargingState { get; init; }

    /// <summary>Total seconds energy flowed from EVSE to EV during the transaction.</summary>
    public int? TimeSpentCharging { get; init; }

    /// <summary>Why the transaction stopped; may only be omitted when the reason is Local.</summary>
    public ReasonEnumType? StoppedReason { get; init; }

    /// <summary>remoteStartId of the RequestStartTransactionRequest that started the transaction.</summary>
    public int? RemoteStartId { get; init; }

    public CustomDataType? CustomData { get; init; }
}
