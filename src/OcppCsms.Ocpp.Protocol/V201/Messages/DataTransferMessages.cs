using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.13.1 DataTransferRequest (use cases P01, P02): a vendor-specific message, sent by either side.
/// </summary>
public sealed record DataTransferRequest
{
    /// <summary>A message or implementation within the vendor's extension.</summary>
    [MaxLength(50)]
    public string? MessageId { get; init; }

    /// <summary>Any JSON value, of a length and format the two parties agree on; kept as received.</summary>
    public JsonElement? Data { get; init; }

    /// <summary>The vendor's extension, preferably in reverse-DNS form (P02.FR.03).</summary>
    [MaxLength(255)]
    public required string VendorId { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.13.2 DataTransferResponse.</summary>
public sealed record DataTransferResponse
{
    public required DataTransferStatusEnumType Status { get; init; }

    /// <summary>Any JSON value in answer to the request.</summary>
    public JsonElement? Data { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
