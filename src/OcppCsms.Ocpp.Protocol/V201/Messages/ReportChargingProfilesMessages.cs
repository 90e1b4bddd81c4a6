using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.43.1 ReportChargingProfilesRequest (use case K09): one part of the report a
/// GetChargingProfilesRequest asked for.
/// </summary>
public sealed record ReportChargingProfilesRequest
{
    public required int RequestId { get; init; }

    /// <summary>Who installed the reported profiles.</summary>
    public required ChargingLimitSourceEnumType ChargingLimitSource { get; init; }

    /// <summary>To be continued: more parts of this report follow (absent means false).</summary>
    public bool? Tbc { get; init; }

    /// <summary>0: the profiles are overall limits of the station.</summary>
    public required int EvseId { get; init; }

    [MinLength(1)]
    public required IReadOnlyList<ChargingProfileType> ChargingProfile { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.43.2 ReportChargingProfilesResponse: no fields.</summary>
public sealed record ReportChargingProfilesResponse
{
    public CustomDataType? CustomData { get; init; }
}
