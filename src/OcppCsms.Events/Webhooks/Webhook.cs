namespace OcppCsms.Events.Webhooks;

/// <summary>An operator's request to have matching events POSTed to a URL, signed with a shared secret.</summary>
internal sealed class Webhook
{
    public const int UrlMaxLength = 2048;
    public const int SecretMinLength = 16;
    public const int SecretMaxLength = 256;
    public const int CreatedByMaxLength = 100;

    public Guid Id { get; init; }

    public required string Url { get; init; }

    /// <summary>
    /// Stored as given, not hashed: every delivery is signed with it (HMAC), so it must be recoverable. Anyone who can
    /// read the database can therefore forge deliveries to this receiver; the API never shows it after creation.
    /// </summary>
    public required string Secret { get; init; }

    /// <summary>Empty: every type.</summary>
    public required string[] EventTypes { get; init; }

    /// <summary>Empty: every station.</summary>
    public required string[] StationIds { get; init; }

    public DateTime CreatedAt { get; init; }

    public required string CreatedBy { get; init; }
}
