namespace OcppCsms.Transactions.Contracts;

/// <summary>
/// The final cost of a billed transaction, as its charge detail record holds it: totals rounded to the currency's minor
/// unit (Net + Tax = Total), and every component line unrounded so an operator can recompute them by hand.
/// </summary>
public sealed record TransactionCost(
    long CdrId, string Currency, decimal Net, decimal Tax, decimal Total, IReadOnlyList<TransactionCostLine> Lines, TariffReference Tariff);

/// <summary>One component of a price: quantity × unit price = amount (not rounded).</summary>
/// <param name="Component">Energy, ChargingTime, IdleTime, SessionFee, MinimumPriceAdjustment or MaximumPriceAdjustment.</param>
/// <param name="Period">The tariff period's name; null for the base prices.</param>
/// <param name="Unit">kWh, min or session.</param>
public sealed record TransactionCostLine(
    string Component, string? Period, DateTime From, DateTime To, decimal Quantity, string Unit, decimal UnitPrice, decimal Amount);

/// <summary>The tariff version a transaction was priced with.</summary>
public sealed record TariffReference(long Id, int Version, string Name);
