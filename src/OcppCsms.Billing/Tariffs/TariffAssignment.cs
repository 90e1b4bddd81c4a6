namespace OcppCsms.Billing.Tariffs;

/// <summary>
/// Prices the sessions of one id tag (or of the tags in its group: a parent id tag) or of one station with a tariff.
/// Exactly one of <see cref="IdTag"/> and <see cref="StationId"/> is set.
/// </summary>
internal sealed class TariffAssignment
{
    /// <summary>OCPP 2.0.1 IdTokenType.idToken (36 characters) covers 1.6 IdToken (CiString20Type).</summary>
    public const int IdTagMaxLength = 36;

    /// <summary>OCPP 2.0.1 part 4 §3.1.1: a station identity is at most 48 characters.</summary>
    public const int StationIdMaxLength = 48;

    public long Id { get; init; }

    public long TariffId { get; init; }

    /// <summary>The tag as the operator wrote it.</summary>
    public string? IdTag { get; init; }

    /// <summary>The tag upper-cased: tags compare case-insensitively (OCPP 1.6 §7.28 CiString).</summary>
    public string? NormalizedIdTag { get; init; }

    public string? StationId { get; init; }

    public DateTime CreatedAt { get; init; }

    public static string Normalize(string idTag) => idTag.ToUpperInvariant();
}
