using System.ComponentModel.DataAnnotations;

namespace OcppCsms.Ocpp.Protocol.V16;

/// <summary>OCPP 1.6 §6.37 ReserveNow.req.</summary>
public sealed record ReserveNowRequest
{
    /// <summary>The connector to reserve, or 0 for any connector of the Charge Point.</summary>
    public required int ConnectorId { get; init; }

    /// <summary>When the reservation ends.</summary>
    public required DateTime ExpiryDate { get; init; }

    /// <summary>The identifier the reservation is for (IdToken, §7.28: CiString20Type).</summary>
    [MaxLength(20)]
    public required string IdTag { get; init; }

    /// <summary>A parent idTag whose children may also use the reservation.</summary>
    [MaxLength(20)]
    public string? ParentIdTag { get; init; }

    public required int ReservationId { get; init; }
}

/// <summary>OCPP 1.6 §6.38 ReserveNow.conf.</summary>
public sealed record ReserveNowResponse
{
    public required ReservationStatus Status { get; init; }
}
