namespace OcppCsms.Stations.DataTransfers;

/// <summary>A DataTransfer a station sent for an accepted vendor id, as received.</summary>
internal sealed class KeptDataTransfer
{
    /// <summary>Both versions: messageId is string[0..50].</summary>
    public const int MessageIdMaxLength = 50;

    public Guid Id { get; init; }

    public required string StationId { get; init; }

    public required string VendorId { get; init; }

    public string? MessageId { get; init; }

    /// <summary>The data as JSON text: a JSON string for 1.6 (whose data is text), any JSON value for 2.0.1; null when absent.</summary>
    public string? Data { get; init; }

    public DateTime ReceivedAt { get; init; }
}
