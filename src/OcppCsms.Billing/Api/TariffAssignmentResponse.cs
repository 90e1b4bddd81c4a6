using OcppCsms.Billing.Tariffs;

namespace OcppCsms.Billing.Api;

internal sealed record TariffAssignmentResponse(long Id, long TariffId, string? IdTag, string? StationId, DateTime CreatedAt)
{
    public static TariffAssignmentResponse From(TariffAssignment assignment) =>
        new(assignment.Id, assignment.TariffId, assignment.IdTag, assignment.StationId, assignment.CreatedAt);
}
