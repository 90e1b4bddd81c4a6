namespace OcppCsms.Authorization.Reservations;

/// <summary>
/// Where a reservation stands. The station's answer to ReserveNow (OCPP 1.6 §7.40, 2.0.1 ReserveNowStatusEnumType) is
/// kept as is; the CSMS adds what happened before and after it.
/// </summary>
internal enum ReservationStatus
{
    /// <summary>Sent, and no usable answer came (the station timed out, answered with a CALLERROR or broke the schema).</summary>
    Requested,

    /// <summary>The station holds the reservation: it is active until its expiry date.</summary>
    Accepted,

    Faulted,

    Occupied,

    Rejected,

    Unavailable,

    /// <summary>The station accepted a CancelReservation (1.6 §5.1).</summary>
    Cancelled,

    /// <summary>A transaction started with its reservation id (1.6 §5.13: that ends the reservation).</summary>
    Used,

    /// <summary>
    /// Stored only when a 2.0.1 station reports it (ReservationStatusUpdate, H04.FR.01). Otherwise a Requested or
    /// Accepted reservation whose expiry date has passed counts as Expired (1.6 §5.13: the station ends it then), so no
    /// clock job has to rewrite rows.
    /// </summary>
    Expired,

    /// <summary>A 2.0.1 station ended it without a transaction (ReservationStatusUpdate Removed, H04), e.g. when the EVSE became unavailable.</summary>
    Removed,
}
