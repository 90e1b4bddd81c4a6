using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V201;

/// <summary>
/// OCPP 2.0.1 part 2 §2.27 IdTokenInfoType: Authorization status of an identifier, with its cache expiry, priority,
/// EVSE restriction, group and driver-facing language and message.
/// </summary>
public sealed record IdTokenInfoType
{
    public required AuthorizationStatusEnumType Status { get; init; }

    /// <summary>After this time the token is to be considered invalid; used for caching only.</summary>
    public DateTime? CacheExpiryDateTime { get; init; }

    /// <summary>
    /// Priority from a business point of view, default 0 (the spec says -9..9; the schema sets no bounds, so
    /// neither does this record); the one in TransactionEventResponse overrules it.
    /// </summary>
    public int? ChargingPriority { get; init; }

    /// <summary>Preferred user interface language (RFC 5646).</summary>
    [MaxLength(8)]
    public string? Language1 { get; init; }

    /// <summary>The EVSEs the token is valid for, when it is not valid for the whole Charging Station.</summary>
    [MinLength(1)]
    public IReadOnlyList<int>? EvseId { get; init; }

    /// <summary>Second preferred language (RFC 5646), different from language1.</summary>
    [MaxLength(8)]
    public string? Language2 { get; init; }

    /// <summary>Group identifier of the token.</summary>
    public IdTokenType? GroupIdToken { get; init; }

    /// <summary>A message for the driver, e.g. tariff information or a greeting.</summary>
    public MessageContentType? PersonalMessage { get; init; }

    public CustomDataType? CustomData { get; init; }
}
