using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.47 StatusNotification.req.</summary>
public sealed record StatusNotificationRequest
{
    /// <summary>The connector, or 0 for the Charge Point's main controller.</summary>
    public required int ConnectorId { get; init; }

    public required ChargePointErrorCode ErrorCode { get; init; }

    /// <summary>Free-form information about the error.</summary>
    [MaxLength(50)]
    public string? Info { get; init; }

    public required ChargePointStatus Status { get; init; }

    /// <summary>The time of the status; absent means the time of receipt.</summary>
    public DateTime? Timestamp { get; init; }

    [MaxLength(255)]
    public string? VendorId { get; init; }

    [MaxLength(50)]
    public string? VendorErrorCode { get; init; }
}

/// <summary>OCPP 1.6 §6.48 StatusNotification.conf: no fields.</summary>
public sealed record StatusNotificationResponse;
