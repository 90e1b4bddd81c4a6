namespace OcppCsms.Transactions.Contracts;

/// <summary>One Energy.Active.Import.Register reading of a transaction, in Wh, at the station's time of reading (UTC).</summary>
public sealed record EnergyRegisterReading(DateTime At, decimal RegisterWh);
