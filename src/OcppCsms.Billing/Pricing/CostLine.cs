namespace OcppCsms.Billing.Pricing;

/// <summary>
/// One explainable component of a price: <paramref name="Quantity"/> <paramref name="Unit"/> × <paramref name="UnitPrice"/>
/// = <paramref name="Amount"/>, for the time from <paramref name="From"/> to <paramref name="To"/>. The amount is not
/// rounded: rounding happens once, on the totals (docs/adr/0016).
/// </summary>
/// <param name="Component">One of <see cref="CostComponents"/>.</param>
/// <param name="Period">The tariff period's name; null for the tariff's base prices.</param>
/// <param name="Unit">kWh, min or session.</param>
internal sealed record CostLine(
    string Component,
    string? Period,
    DateTime From,
    DateTime To,
    decimal Quantity,
    string Unit,
    decimal UnitPrice,
    decimal Amount);
