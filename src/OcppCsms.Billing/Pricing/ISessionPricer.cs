namespace OcppCsms.Billing.Pricing;

/// <summary>
/// Resolves the tariff of a session — assignment precedence id tag &gt; parent id tag &gt; station &gt; default, each
/// skipped when outside its validity window, with the version valid at the session's start — and prices the session.
/// </summary>
internal interface ISessionPricer
{
    /// <returns>Null when no tariff applies (no default configured, or none valid at the start).</returns>
    /// <exception cref="Exception">Database errors are thrown, for the caller to record and retry.</exception>
    Task<PricedSession?> PriceAsync(BillableSession session, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a tariff applies to a session of this station and tokens started at <paramref name="startedAt"/>, from
    /// the cached catalog: a caller reads the session's energy readings only when one does.
    /// </summary>
    Task<bool> AppliesAsync(string stationId, string? idTag, string? parentIdTag, DateTime startedAt, CancellationToken cancellationToken);

    /// <summary>Whether any tariff exists, from the cached catalog: without one no session can be priced.</summary>
    Task<bool> AnyTariffAsync(CancellationToken cancellationToken);
}
