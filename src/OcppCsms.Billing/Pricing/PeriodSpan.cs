using OcppCsms.Billing.Tariffs;

namespace OcppCsms.Billing.Pricing;

/// <summary>A stretch of time (UTC) during which one set of prices applies: a period's, or the base prices (null).</summary>
internal sealed record PeriodSpan(DateTime From, DateTime To, TariffPeriod? Period);
