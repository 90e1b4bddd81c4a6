namespace OcppCsms.Ocpp.Server.Contracts;

/// <summary>The Reservation profile (OCPP 1.6 §3.11; OCPP 2.0.1 functional block H).</summary>
public partial interface IStationCommands
{
    /// <summary>OCPP 1.6 ReserveNow (§5.13); OCPP 2.0.1 ReserveNow H01. The reservation id is the caller's to allocate.</summary>
    Task<CommandResult> ReserveNowAsync(string stationId, ReservationRequest reservation, CancellationToken cancellationToken);

    /// <summary>OCPP 1.6 CancelReservation (§5.1); OCPP 2.0.1 CancelReservation H02.</summary>
    Task<CommandResult> CancelReservationAsync(string stationId, int reservationId, CancellationToken cancellationToken);
}

/// <param name="ConnectorOrEvseId">The 1.6 connector or the 2.0.1 EVSE to reserve; 0 for any (1.6 §5.13; in 2.0.1 the EVSE is left out).</param>
/// <param name="ParentIdTag">The group whose members may use the reservation too (2.0.1 groupIdToken).</param>
/// <param name="IdTokenType">2.0.1 only: the idToken's type.</param>
public sealed record ReservationRequest(
    int ReservationId, int ConnectorOrEvseId, string IdTag, DateTime ExpiryDate, string? ParentIdTag, IdTokenKind IdTokenType = IdTokenKind.ISO14443);
