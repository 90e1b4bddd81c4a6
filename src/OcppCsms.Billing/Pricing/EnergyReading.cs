namespace OcppCsms.Billing.Pricing;

/// <summary>One Energy.Active.Import.Register reading of a transaction, in Wh, at the station's time (UTC).</summary>
internal sealed record EnergyReading(DateTime At, decimal RegisterWh);
