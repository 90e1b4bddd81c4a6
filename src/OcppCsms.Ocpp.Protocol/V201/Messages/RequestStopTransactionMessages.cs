using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.45.1 RequestStopTransactionRequest (use case F03): the CSMS asks the station to stop a
/// transaction.
/// </summary>
public sealed record RequestStopTransactionRequest
{
    [MaxLength(36)]
    public required string TransactionId { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.45.2 RequestStopTransactionResponse.</summary>
public sealed record RequestStopTransactionResponse
{
    public required RequestStartStopStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
