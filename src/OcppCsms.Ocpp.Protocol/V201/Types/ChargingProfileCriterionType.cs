using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.9 ChargingProfileCriterionType: Filter on the charging profiles that
/// GetChargingProfilesRequest asks for; each field present narrows the selection.
/// </summary>
public sealed record ChargingProfileCriterionType
{
    public ChargingProfilePurposeEnumType? ChargingProfilePurpose { get; init; }

    /// <summary>Report only profiles of this stack level.</summary>
    public int? StackLevel { get; init; }

    /// <summary>Report only these profiles (no more ids than ChargingProfileEntries.maxLimit).</summary>
    [MinLength(1)]
    public IReadOnlyList<int>? ChargingProfileId { get; init; }

    /// <summary>Report only profiles from these sources.</summary>
    [MinLength(1)]
    [MaxLength(4)]
    public IReadOnlyList<ChargingLimitSourceEnumType>? ChargingLimitSource { get; init; }

    public CustomDataType? CustomData { get; init; }
}
