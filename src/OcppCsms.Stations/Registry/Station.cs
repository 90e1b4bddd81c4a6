namespace OcppCsms.Stations.Registry;

/// <summary>A charging station the CSMS knows, by its OCPP identity, and how it must authenticate.</summary>
internal sealed class Station
{
    /// <summary>OCPP 2.0.1 part 4 §3.1.1: an identity is at most 48 characters, without ':' (it is the Basic user name).</summary>
    public const int IdMaxLength = 48;

    /// <summary>X.520 ub-common-name (RFC 5280 appendix A.1): a certificate's CN holds at most 64 characters.</summary>
    public const int CommonNameMaxLength = 64;

    public const int DescriptionMaxLength = 200;

    public required string Id { get; init; }

    public RegistrationStatus RegistrationStatus { get; set; }

    /// <summary>0 to 3, see <see cref="SecurityProfiles"/>.</summary>
    public int SecurityProfile { get; set; }

    /// <summary>Profiles 1 and 2: HMAC-SHA256 of the password keyed with <see cref="PasswordSalt"/>, hex (docs/adr/0012).</summary>
    public string? PasswordHash { get; set; }

    public string? PasswordSalt { get; set; }

    /// <summary>Profile 3: the CN the client certificate must carry; null means the identity itself.</summary>
    public string? CertificateCommonName { get; set; }

    /// <summary>The operator's words for it: where it stands, who owns it.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// When the station last sent anything, as last flushed from its session (<see cref="Heartbeats.LastSeenFlusher"/>):
    /// while it is connected the session's own value is newer.
    /// </summary>
    public DateTime? LastSeenAt { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public string ExpectedCommonName => CertificateCommonName ?? Id;
}
