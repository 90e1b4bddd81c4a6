using OcppCsms.Authorization.Contracts;

namespace OcppCsms.Authorization.LocalLists;

/// <summary>One id tag of a station's local authorization list as the station accepted it (OCPP 1.6 §7.1 AuthorizationData).</summary>
internal sealed class LocalAuthListEntry
{
    public required string StationId { get; init; }

    /// <summary>The tag in upper case: a list holds each tag once, compared case-insensitively (1.6 §6.41, §7.28).</summary>
    public required string NormalizedTag { get; init; }

    public required string Tag { get; set; }

    public IdTagStatus Status { get; set; }

    public DateTime? ExpiryDate { get; set; }

    public string? ParentIdTag { get; set; }
}
