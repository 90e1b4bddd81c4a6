using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §1.50.1 SendLocalListRequest (use case D01): the CSMS replaces or updates the station's local
/// authorization list.
/// </summary>
public sealed record SendLocalListRequest
{
    /// <summary>The version of the list once this update is applied (for a full update, of the list sent).</summary>
    public required int VersionNumber { get; init; }

    public required UpdateEnumType UpdateType { get; init; }

    /// <summary>The entries; in a differential update, an entry without idTokenInfo removes that idToken.</summary>
    [MinLength(1)]
    public IReadOnlyList<AuthorizationData>? LocalAuthorizationList { get; init; }

    public CustomDataType? CustomData { get; init; }
}

/// <summary>OCPP 2.0.1 part 2 §1.50.2 SendLocalListResponse.</summary>
public sealed record SendLocalListResponse
{
    public required SendLocalListStatusEnumType Status { get; init; }

    public StatusInfoType? StatusInfo { get; init; }

    public CustomDataType? CustomData { get; init; }
}
