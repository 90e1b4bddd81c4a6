using OcppCsms.Ocpp.Protocol.Validation;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.23 GetConfiguration.req.</summary>
public sealed record GetConfigurationRequest
{
    /// <summary>The keys asked for; absent means all keys.</summary>
    [ItemMaxLength(50)]
    public IReadOnlyList<string>? Key { get; init; }
}

/// <summary>OCPP 1.6 §6.24 GetConfiguration.conf.</summary>
public sealed record GetConfigurationResponse
{
    public IReadOnlyList<KeyValue>? ConfigurationKey { get; init; }

    /// <summary>The requested keys the Charge Point does not know.</summary>
    [ItemMaxLength(50)]
    public IReadOnlyList<string>? UnknownKey { get; init; }
}
