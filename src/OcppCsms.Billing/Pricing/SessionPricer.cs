using OcppCsms.Billing.Tariffs;

namespace OcppCsms.Billing.Pricing;

/// <summary>Resolves the session's tariff version from the cached catalog and prices the session with it.</summary>
internal sealed class SessionPricer(TariffCatalog catalog) : ISessionPricer
{
    public async Task<PricedSession?> PriceAsync(BillableSession session, CancellationToken cancellationToken)
    {
        var tariff = (await catalog.GetAsync(cancellationToken)).Resolve(session);
        return tariff is null ? null : CostCalculator.Price(tariff, session);
    }

    public async Task<bool> AppliesAsync(string stationId, string? idTag, string? parentIdTag, DateTime startedAt, CancellationToken cancellationToken) =>
        (await catalog.GetAsync(cancellationToken)).Resolve(stationId, idTag, parentIdTag, startedAt) is not null;

    public async Task<bool> AnyTariffAsync(CancellationToken cancellationToken) => !(await catalog.GetAsync(cancellationToken)).IsEmpty;
}
