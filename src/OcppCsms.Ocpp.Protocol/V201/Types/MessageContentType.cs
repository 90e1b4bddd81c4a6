using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>OCPP 2.0.1 part 2 §2.30 MessageContentType: Content of a message shown to the EV driver.</summary>
public sealed record MessageContentType
{
    public required MessageFormatEnumType Format { get; init; }

    /// <summary>Language of the message (RFC 5646).</summary>
    [MaxLength(8)]
    public string? Language { get; init; }

    [MaxLength(512)]
    public required string Content { get; init; }

    public CustomDataType? CustomData { get; init; }
}
