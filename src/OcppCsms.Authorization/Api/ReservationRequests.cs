using FluentValidation;
using OcppCsms.Authorization.Reservations;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Authorization.Api;

/// <summary><c>POST …/commands/reserve-now</c>. The CSMS allocates the reservation id.</summary>
/// <param name="ConnectorId">The 1.6 connector or the 2.0.1 EVSE; 0 for any. Nullable only so that a missing one is refused rather than taken as "any".</param>
/// <param name="ExpiryDate">When the reservation ends; in the future.</param>
/// <param name="ParentIdTag">Whose group members may use the reservation too.</param>
/// <param name="IdTokenType">2.0.1 stations only: the idToken's type (default ISO14443, an RFID card); 1.6 stations ignore it.</param>
internal sealed record ReserveNowCommand(int? ConnectorId, string IdTag, DateTime? ExpiryDate, string? ParentIdTag, IdTokenKind? IdTokenType);

/// <summary><c>POST …/commands/cancel-reservation</c>.</summary>
internal sealed record CancelReservationCommand(int? ReservationId);

internal sealed class ReservationFilter
{
    /// <summary>
    /// Expired: a Requested or Accepted reservation past its expiry date, or one a station reported Expired; Requested and
    /// Accepted: those not past it.
    /// </summary>
    public ReservationStatus? Status { get; set; }
}

internal sealed class ReserveNowCommandValidator : AbstractValidator<ReserveNowCommand>
{
    public ReserveNowCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.ConnectorId).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(c => c.IdTag).IdTagValue();
        RuleFor(c => c.ExpiryDate).NotNull()
            .Must(expiry => expiry > clock.GetUtcNow().UtcDateTime).WithMessage("The expiry date must be in the future.");
        RuleFor(c => c.ParentIdTag).IdTagValue().When(c => c.ParentIdTag is not null);
        RuleFor(c => c.IdTokenType).IsInEnum();
    }
}

internal sealed class CancelReservationCommandValidator : AbstractValidator<CancelReservationCommand>
{
    public CancelReservationCommandValidator() => RuleFor(c => c.ReservationId).NotNull();
}

internal sealed class ReservationFilterValidator : AbstractValidator<ReservationFilter>
{
    public ReservationFilterValidator() => RuleFor(f => f.Status).IsInEnum();
}
