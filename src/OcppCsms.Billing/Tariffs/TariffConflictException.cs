namespace OcppCsms.Billing.Tariffs;

/// <summary>A tariff write refused by a rule (the default stays) or lost to a concurrent write; the message says what to do.</summary>
internal sealed class TariffConflictException(string message) : Exception(message);
