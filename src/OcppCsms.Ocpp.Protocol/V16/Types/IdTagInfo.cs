using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.27 IdTagInfo: the authorization status of an idTag, in Authorize, StartTransaction and StopTransaction responses.</summary>
public sealed record IdTagInfo
{
    /// <summary>When the idTag is to be removed from the Authorization Cache; absent means the status has no end date.</summary>
    public DateTime? ExpiryDate { get; init; }

    /// <summary>The parent identifier (IdToken, §7.28: CiString20Type), which groups idTags (§3.10).</summary>
    [MaxLength(20)]
    public string? ParentIdTag { get; init; }

    public required AuthorizationStatus Status { get; init; }
}
