namespace OcppCsms.Transactions.Model;

/// <summary>The rules by which the CSMS judges transactions it is told about (keys in the <c>Transactions</c> section).</summary>
internal sealed class TransactionOperationsOptions
{
    public const string SectionName = "Transactions";

    /// <summary>
    /// An active transaction with no meter values or transaction events for this long is stale: probably stuck (its
    /// stop lost), shown to operators to check and force-stop. Stations report meter values every few minutes while
    /// charging (1.6 MeterValueSampleInterval, 2.0.1 SampledDataTxUpdatedInterval), so a day of silence is telling.
    /// </summary>
    public int StaleAfterHours { get; set; } = 24;

    /// <summary>
    /// The most power a connector may plausibly deliver: energy readings implying more between two of them are flagged
    /// ImplausibleEnergy. 350 kW is the fastest DC charging in service.
    /// </summary>
    public int MaxPlausiblePowerKw { get; set; } = 350;

    public TimeSpan StaleAfter => TimeSpan.FromHours(StaleAfterHours);
}
