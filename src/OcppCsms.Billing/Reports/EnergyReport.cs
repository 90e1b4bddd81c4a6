namespace OcppCsms.Billing.Reports;

/// <summary>
/// Energy, sessions and revenue per group, from the charge detail records (billed transactions only). Revenue is summed
/// per currency — amounts in different currencies are never added together.
/// </summary>
internal sealed record EnergyReport(string GroupBy, DateTime? From, DateTime? To, IReadOnlyList<EnergyReportRow> Rows);

/// <param name="Key">The station id, the id tag (null for sessions without one), or the UTC day as yyyy-MM-dd.</param>
/// <param name="EnergyKwh">The energy of the group's sessions, exact (Wh / 1000).</param>
internal sealed record EnergyReportRow(string? Key, int Sessions, decimal EnergyKwh, IReadOnlyList<Revenue> Revenue);

/// <summary>The sums of the group's rounded record totals in one currency, so they add up to the records' own.</summary>
internal sealed record Revenue(string Currency, decimal Net, decimal Tax, decimal Total);
