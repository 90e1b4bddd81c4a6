using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.47 StatusInfoType: More information about a status: a predefined reason code and optional
/// text.
/// </summary>
public sealed record StatusInfoType
{
    /// <summary>Predefined reason code (case-insensitive).</summary>
    [MaxLength(20)]
    public required string ReasonCode { get; init; }

    /// <summary>Free text with more details.</summary>
    [MaxLength(512)]
    public string? AdditionalInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
