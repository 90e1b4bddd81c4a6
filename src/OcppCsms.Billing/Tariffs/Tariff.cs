namespace OcppCsms.Billing.Tariffs;

/// <summary>
/// A tariff as operators know it: its id, whether it is the default, and which of its versions is current. The prices
/// live in <see cref="TariffVersion"/>s, which are never changed, so a session keeps the prices valid at its start.
/// </summary>
internal sealed class Tariff
{
    public const int NameMaxLength = 100;

    public long Id { get; init; }

    /// <summary>The current version's name, kept here so that lists sort and filter without reading versions.</summary>
    public required string Name { get; set; }

    /// <summary>Exactly one tariff is the default: sessions no assignment covers are priced with it.</summary>
    public bool IsDefault { get; set; }

    /// <summary>The newest version's number; versions count from 1.</summary>
    public int CurrentVersion { get; set; }

    public DateTime CreatedAt { get; init; }
}
