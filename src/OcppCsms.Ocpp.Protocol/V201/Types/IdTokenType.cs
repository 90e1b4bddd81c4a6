using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.28 IdTokenType: A case-insensitive identifier used for authorization, with its type.
/// </summary>
public sealed record IdTokenType
{
    /// <summary>The identifier (case-insensitive), e.g. an RFID UID or a UUID.</summary>
    [MaxLength(36)]
    public required string IdToken { get; init; }

    public required IdTokenEnumType Type { get; init; }

    /// <summary>Extra custom information; the receiver may ignore types it does not support.</summary>
    [MinLength(1)]
    public IReadOnlyList<AdditionalInfoType>? AdditionalInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
