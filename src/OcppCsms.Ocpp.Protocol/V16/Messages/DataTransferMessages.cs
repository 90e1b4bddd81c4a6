using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.15 DataTransfer.req, sent by either side.</summary>
public sealed record DataTransferRequest
{
    /// <summary>Identifies the vendor-specific implementation, e.g. a reversed DNS name.</summary>
    [MaxLength(255)]
    public required string VendorId { get; init; }

    [MaxLength(50)]
    public string? MessageId { get; init; }

    /// <summary>Text of any length and format agreed between the parties (a string in 1.6, unlike 2.0.1's anyType).</summary>
    public string? Data { get; init; }
}

/// <summary>OCPP 1.6 §6.16 DataTransfer.conf.</summary>
public sealed record DataTransferResponse
{
    public required DataTransferStatus Status { get; init; }

    public string? Data { get; init; }
}
