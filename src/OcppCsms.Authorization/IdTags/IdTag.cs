namespace OcppCsms.Authorization.IdTags;

/// <summary>
/// An id tag the CSMS knows (OCPP 1.6 §3.9 IdToken; OCPP 2.0.1 IdTokenType.idToken): its stored status, until when it
/// is valid, and the group (parent) tag it belongs to (1.6 §3.10).
/// </summary>
internal sealed class IdTag
{
    /// <summary>
    /// 36 characters: OCPP 2.0.1's idToken (identifierString[0..36]) fits, so both versions share one table. A 1.6
    /// station can present and be sent at most 20 (CiString20Type, §7.28); longer tags are for 2.0.1 stations.
    /// </summary>
    public const int MaxLength = 36;

    public const int DescriptionMaxLength = 200;

    /// <summary>Enough for any station's EVSEs; it bounds the stored list and the idTokenInfo a station caches.</summary>
    public const int MaxEvseIds = 32;

    /// <summary><see cref="Tag"/> in upper case: the key. OCPP compares id tags case-insensitively (1.6 §7.28, 2.0.1 §2.28).</summary>
    public required string NormalizedTag { get; init; }

    /// <summary>The tag as registered, which is what goes to stations (local lists) and to operators.</summary>
    public required string Tag { get; init; }

    public StoredIdTagStatus Status { get; set; }

    /// <summary>After this instant the tag counts as Expired, whatever its stored status; null: no end date (1.6 §7.27).</summary>
    public DateTime? ExpiryDate { get; set; }

    /// <summary>The group the tag belongs to (1.6 §3.10), as registered; it need not be a registered tag itself.</summary>
    public string? ParentIdTag { get; set; }

    public string? Description { get; set; }

    /// <summary>
    /// The EVSEs the tag may charge at, on any station (OCPP 2.0.1 part 2 §2.27 idTokenInfo.evseId, C01.FR.20); null:
    /// every EVSE (C01.FR.19). Distinct, positive, at most <see cref="MaxEvseIds"/>.
    /// </summary>
    public IReadOnlyList<int>? EvseIds { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public static string Normalize(string tag) => tag.ToUpperInvariant();
}
