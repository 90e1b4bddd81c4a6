namespace OcppCsms.Billing.Pricing;

/// <summary>The tariff version a session was priced with, named as it was then.</summary>
internal sealed record TariffRef(long TariffId, int Version, string Name);
