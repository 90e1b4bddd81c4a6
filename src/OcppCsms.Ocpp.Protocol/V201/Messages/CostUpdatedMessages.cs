using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.11.1 CostUpdatedRequest (use case I02): the CSMS sends the running total cost of a transaction
/// for the station to show.
/// </summary>
public sealed record CostUpdatedRequest
{
    /// <summary>The cost so far including taxes, as known to the CSMS, in the configured Currency.</summary>
    public required decimal TotalCost { get; init; }

    [MaxLength(36)]
    public required string TransactionId { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.11.2 CostUpdatedResponse: no fields.</summary>
public sealed record CostUpdatedResponse
{
    public CustomDataType? CustomData { get; init; }
}
