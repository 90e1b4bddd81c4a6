using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Billing.Persistence;
using OcppCsms.Identity.Contracts;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Billing.Reports;

/// <summary>
/// The energy report over charge detail records. The records of the period are streamed and summed here rather than by
/// SQL: SQLite keeps decimals as text and cannot sum them exactly, and the day of a start is grouped the same on both
/// providers. Memory grows with the groups, not the records.
/// </summary>
internal static class EnergyReportEndpoints
{
    public static void MapEnergyReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/reports").WithTags("Reports").RequireAuthorization(OperatorPolicies.Viewer).WithRequestValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .MapGet("/energy", GetAsync)
            .WithSummary("Energy (kWh), sessions and revenue per currency of billed sessions started in [from, to), grouped by station, idTag or UTC day; CSV with ?format=csv or Accept: text/csv.")
            .Produces(StatusCodes.Status200OK, contentType: CsvText.MediaType)
            .ProducesValidationProblem();
    }

    private static async Task<Results<Ok<EnergyReport>, FileContentHttpResult>> GetAsync(
        [AsParameters] EnergyReportQuery query, HttpRequest request, IDbContextFactory<BillingDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = db.ChargeDetailRecords.AsNoTracking();
        if (query.From is { } from)
        {
            records = records.Where(c => c.StartedAt >= from);
        }

        if (query.To is { } to)
        {
            records = records.Where(c => c.StartedAt < to);
        }

        var groups = new SortedDictionary<string, Group>(StringComparer.Ordinal);
        await foreach (var record in records.Select(c => new { c.StationId, c.IdTag, c.StartedAt, c.EnergyWh, c.Currency, c.Net, c.Tax, c.Total })
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var key = query.Grouping switch
            {
                EnergyReportQuery.IdTag => record.IdTag,
                EnergyReportQuery.Day => record.StartedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => record.StationId,
            };
            if (!groups.TryGetValue(key ?? "", out var group))
            {
                groups[key ?? ""] = group = new Group(key);
            }

            group.Add(record.EnergyWh, record.Currency, record.Net, record.Tax, record.Total);
        }

        var report = new EnergyReport(query.Grouping, query.From, query.To, groups.Values.Select(g => g.Row()).ToList());
        return new ExportFormat { Format = query.Format }.IsCsv(request)
            ? TypedResults.File(Csv(report), CsvText.MediaType + "; charset=utf-8", $"energy-by-{report.GroupBy}.csv")
            : TypedResults.Ok(report);
    }

    /// <summary>One row per group and currency; a group's energy and sessions repeat on each of its currencies' rows.</summary>
    private static byte[] Csv(EnergyReport report)
    {
        var csv = new CsvText().Row(report.GroupBy, "sessions", "energyKwh", "currency", "net", "tax", "total");
        foreach (var row in report.Rows)
        {
            foreach (var revenue in row.Revenue)
            {
                csv.Row(row.Key, row.Sessions, row.EnergyKwh, revenue.Currency, revenue.Net, revenue.Tax, revenue.Total);
            }
        }

        return csv.ToUtf8();
    }

    private sealed class Group(string? key)
    {
        private readonly SortedDictionary<string, Revenue> _revenue = new(StringComparer.Ordinal);
        private int _sessions;
        private decimal _energyWh;

        public void Add(decimal energyWh, string currency, decimal net, decimal tax, decimal total)
        {
            _sessions++;
            _energyWh += energyWh;
            _revenue[currency] = _revenue.TryGetValue(currency, out var sum)
                ? sum with { Net = sum.Net + net, Tax = sum.Tax + tax, Total = sum.Total + total }
                : new Revenue(currency, net, tax, total);
        }

        public EnergyReportRow Row() => new(key, _sessions, _energyWh / 1000m, _revenue.Values.ToList());
    }
}
