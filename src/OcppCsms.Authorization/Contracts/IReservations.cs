namespace OcppCsms.Authorization.Contracts;

/// <summary>Reservations as transactions meet them: a transaction started with a reservation id consumes it (OCPP 1.6 §5.13, §6.46).</summary>
public interface IReservations
{
    /// <summary>
    /// Marks the reservation used by a transaction that started at the station's connector with this tag. Never throws
    /// for a business reason: an unknown, expired, cancelled or already used reservation is reported, not refused — the
    /// transaction has happened either way.
    /// </summary>
    Task<ReservationUse> ConsumeAsync(string stationId, int connectorId, int reservationId, string idTag, CancellationToken cancellationToken);
}

/// <summary>What became of the reservation a transaction named.</summary>
public enum ReservationUse
{
    /// <summary>It was active for this station and is now used.</summary>
    Consumed,

    /// <summary>No reservation of that id exists for this station.</summary>
    Unknown,

    /// <summary>It existed but was no longer active (expired, cancelled or used before); it stays as it was.</summary>
    NotActive,
}
