using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §7.1 AuthorizationData: one entry of a SendLocalList.req update.</summary>
public sealed record AuthorizationData
{
    /// <summary>The identifier (IdToken, §7.28: CiString20Type).</summary>
    [MaxLength(20)]
    public required string IdTag { get; init; }

    /// <summary>Required in a Full update; in a Differential update an absent idTagInfo removes the idTag from the list.</summary>
    public IdTagInfo? IdTagInfo { get; init; }
}
