using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.1 Authorize.req (headed Authorization.req in the text).</summary>
public sealed record AuthorizeRequest
{
    /// <summary>The identifier to authorize (IdToken, §7.28: CiString20Type).</summary>
    [MaxLength(20)]
    public required string IdTag { get; init; }
}

/// <summary>OCPP 1.6 §6.2 Authorize.conf (headed Authorization.conf in the text).</summary>
public sealed record AuthorizeResponse
{
    public required IdTagInfo IdTagInfo { get; init; }
}
