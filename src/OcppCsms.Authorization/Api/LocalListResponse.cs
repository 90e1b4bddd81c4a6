using System.Text.Json;
using OcppCsms.Authorization.LocalLists;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Authorization.Api;

/// <summary>
/// A station's local authorization list as the CSMS knows it: the version and entries of the last update the station
/// accepted (0 and none before the first), and the version it last reported to GetLocalListVersion (-1: no support).
/// </summary>
internal sealed record LocalListResponse(
    string StationId, int ListVersion, DateTime? UpdatedAt, int? ReportedVersion, DateTime? ReportedAt, IReadOnlyList<LocalListEntryResponse> Entries)
{
    public static LocalListResponse From(string stationId, LocalAuthList? list, IEnumerable<LocalAuthListEntry> entries) => new(
        stationId, list?.Version ?? 0, list?.UpdatedAt, list?.ReportedVersion, list?.ReportedAt,
        entries.Select(e => new LocalListEntryResponse(e.Tag, new LocalListEntryInfoResponse(e.Status, e.ExpiryDate, e.ParentIdTag))).ToList());
}

/// <summary>One entry, in the shape of the send-local-list body (OCPP 1.6 §7.1 AuthorizationData).</summary>
internal sealed record LocalListEntryResponse(string IdTag, LocalListEntryInfoResponse IdTagInfo);

internal sealed record LocalListEntryInfoResponse(LocalListTagStatus Status, DateTime? ExpiryDate, string? ParentIdTag);

/// <summary>The answer to send-local-list: the command's answer and the list version sent.</summary>
internal sealed record SendLocalListAnswer(string Action, string Outcome, string? Status, JsonElement? Response, int ListVersion)
{
    public static SendLocalListAnswer From(CommandResponse answer, int listVersion) =>
        new(answer.Action, answer.Outcome, answer.Status, answer.Response, listVersion);
}
