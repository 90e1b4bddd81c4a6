using FluentValidation;

namespace OcppCsms.Stations.Firmware;

/// <summary>
/// One reported status: what it is about, the word the station sent, the request it belongs to, when it came (UTC), and
/// for a firmware publication the URIs it is published at.
/// </summary>
internal sealed record FirmwareReportResponse(FirmwareReportKind Kind, string Status, int? RequestId, DateTime ReceivedAt, IReadOnlyList<string>? Locations)
{
    public static FirmwareReportResponse From(FirmwareReport report) => new(report.Kind, report.Status, report.RequestId, report.ReceivedAt, report.Locations);
}

/// <summary>
/// Where a station's firmware and uploads stand: the last status of each kind, or null when it never reported one.
/// </summary>
/// <param name="Firmware">The current firmware update status (1.6 FirmwareStatusNotification or SignedFirmwareStatusNotification, 2.0.1 FirmwareStatusNotification).</param>
/// <param name="Diagnostics">The last diagnostics upload status (1.6 GetDiagnostics).</param>
/// <param name="Log">The last log upload status (GetLog).</param>
/// <param name="FirmwarePublication">The last firmware publication status of a 2.0.1 Local Controller.</param>
internal sealed record FirmwareOverview(
    string StationId, FirmwareReportResponse? Firmware, FirmwareReportResponse? Diagnostics, FirmwareReportResponse? Log,
    FirmwareReportResponse? FirmwarePublication);

/// <summary>Filters of <c>GET …/firmware/history</c>.</summary>
internal sealed class FirmwareHistoryFilter
{
    public FirmwareReportKind? Kind { get; set; }
}

internal sealed class FirmwareHistoryFilterValidator : AbstractValidator<FirmwareHistoryFilter>
{
    public FirmwareHistoryFilterValidator() => RuleFor(f => f.Kind).IsInEnum();
}
