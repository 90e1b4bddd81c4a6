namespace OcppCsms.Authorization.Reservations;

/// <summary>
/// A reservation the CSMS made at a station (OCPP 1.6 §5.13 ReserveNow, 2.0.1 H01). Its id is allocated by the CSMS and
/// recorded before the request is sent, so the station's answer and a later StartTransaction can find it.
/// </summary>
internal sealed class Reservation
{
    /// <summary>The reservationId sent to the station; unique across all stations.</summary>
    public int Id { get; init; }

    public required string StationId { get; init; }

    /// <summary>The 1.6 connector or the 2.0.1 EVSE; 0 reserves any of the station's (1.6 §5.13).</summary>
    public int ConnectorId { get; init; }

    public required string IdTag { get; init; }

    /// <summary>Whose group members may use the reservation too (1.6 §5.13).</summary>
    public string? ParentIdTag { get; init; }

    public DateTime ExpiryDate { get; init; }

    /// <summary>As stored; read <see cref="StatusAt"/> for what it is now.</summary>
    public ReservationStatus Status { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>When a transaction consumed it, and with which tag (the reserved one or one of its group).</summary>
    public DateTime? UsedAt { get; set; }

    public string? UsedByIdTag { get; set; }

    /// <summary>The status at <paramref name="now"/>: one still waiting or active past its expiry date is Expired.</summary>
    public ReservationStatus StatusAt(DateTime now) => IsLive(Status) && ExpiryDate <= now ? ReservationStatus.Expired : Status;

    /// <summary>The stored statuses that may still turn into Used, Cancelled or Expired.</summary>
    public static bool IsLive(ReservationStatus status) => status is ReservationStatus.Requested or ReservationStatus.Accepted;
}
