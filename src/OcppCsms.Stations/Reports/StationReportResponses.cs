using System.Text.Json;
using FluentValidation;

namespace OcppCsms.Stations.Reports;

/// <summary>A kept report message: its action, request id, part, and the payload as the station sent it.</summary>
internal sealed record StationReportResponse(Guid Id, string Action, int? RequestId, int? SeqNo, bool Tbc, JsonElement Payload, DateTime ReceivedAt)
{
    public static StationReportResponse From(StationReport r)
    {
        using var payload = JsonDocument.Parse(r.Payload);
        return new(r.Id, r.Action, r.RequestId, r.SeqNo, r.Tbc, payload.RootElement.Clone(), r.ReceivedAt);
    }
}

/// <summary>Filters of <c>GET …/reports</c>; each narrows the list.</summary>
internal sealed class StationReportFilter
{
    /// <summary>One OCPP action, e.g. NotifyMonitoringReport.</summary>
    public string? Action { get; set; }

    /// <summary>The parts of the report answering this request id.</summary>
    public int? RequestId { get; set; }
}

internal sealed class StationReportFilterValidator : AbstractValidator<StationReportFilter>
{
    public StationReportFilterValidator() => RuleFor(f => f.Action).MaximumLength(StationReport.ActionMaxLength);
}
