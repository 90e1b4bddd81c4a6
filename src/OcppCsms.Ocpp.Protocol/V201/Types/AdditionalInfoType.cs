using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.2 AdditionalInfoType: An additional identifier sent with an IdTokenType, of a custom type
/// agreed between the parties involved.
/// </summary>
public sealed record AdditionalInfoType
{
    [MaxLength(36)]
    public required string AdditionalIdToken { get; init; }

    /// <summary>Type of additionalIdToken: a custom type agreed between the parties.</summary>
    [MaxLength(50)]
    public required string Type { get; init; }

    public CustomDataType? CustomData { get; init; }
}
