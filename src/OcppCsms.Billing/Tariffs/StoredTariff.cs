namespace OcppCsms.Billing.Tariffs;

/// <summary>A tariff with its current version.</summary>
internal sealed record StoredTariff(Tariff Tariff, TariffVersion Current);
