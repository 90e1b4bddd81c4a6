using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.34.1 NotifyCustomerInformationRequest (use case N09): one part of the customer data a
/// CustomerInformationRequest asked for.
/// </summary>
public sealed record NotifyCustomerInformationRequest
{
    /// <summary>(Part of) the data, in no prescribed format; meant to be human readable.</summary>
    [MaxLength(512)]
    public required string Data { get; init; }

    /// <summary>To be continued: more parts follow (absent means false).</summary>
    public bool? Tbc { get; init; }

    /// <summary>Sequence number of this part; the first is 0.</summary>
    public required int SeqNo { get; init; }

    public required DateTime GeneratedAt { get; init; }

    public required int RequestId { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.34.2 NotifyCustomerInformationResponse: no fields.</summary>
public sealed record NotifyCustomerInformationResponse
{
    public CustomDataType? CustomData { get; init; }
}
