using OcppCsms.Stations.Configuration;

namespace OcppCsms.Stations.Api;

/// <summary>A 1.6 station's configuration keys as the CSMS last learnt them, by key.</summary>
internal sealed record ConfigurationResponse(string StationId, IReadOnlyList<ConfigurationKeyResponse> Keys);

/// <param name="Value">Null when the key is not set, and always for a write-only key (AuthorizationKey).</param>
/// <param name="Readonly">Null until a GetConfiguration has read the key.</param>
/// <param name="RebootRequired">The last change takes effect at the station's next boot.</param>
/// <param name="ReadAt">When a GetConfiguration last read it.</param>
/// <param name="ChangedAt">When a ChangeConfiguration last set it.</param>
internal sealed record ConfigurationKeyResponse(string Key, string? Value, bool? Readonly, bool RebootRequired, DateTime? ReadAt, DateTime? ChangedAt)
{
    public static ConfigurationKeyResponse From(ConfigurationKey key) => new(key.Key, key.Value, key.Readonly, key.RebootRequired, key.ReadAt, key.ChangedAt);
}
