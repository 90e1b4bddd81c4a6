namespace OcppCsms.Transactions.Contracts;

/// <summary>
/// Costs as the transactions side shows and answers them; the billing module implements it. Optional: without a
/// registration (this module on its own, in tests) transactions carry no cost fields and 2.0.1 answers no totalCost.
/// </summary>
public interface ITransactionCosts
{
    /// <summary>The cost and billing state of a completed transaction.</summary>
    Task<TransactionBilling> BillingAsync(BillableTransaction transaction, CancellationToken cancellationToken);

    /// <summary>
    /// An active transaction's cost so far: until now with its latest reading, or — for the answer to a 2.0.1 Updated
    /// event (OCPP 2.0.1 I02, alternative scenario) — until <paramref name="at"/> with the last reading taken by then.
    /// Null when no tariff applies or its energy is unknown.
    /// </summary>
    Task<RunningCost?> RunningCostAsync(BillableTransaction transaction, DateTime? at, CancellationToken cancellationToken);

    /// <summary>
    /// The total cost, taxes included, of a transaction that has just completed, for the answer to its 2.0.1 Ended event
    /// (OCPP 2.0.1 I03.FR.02); null when it is not known (no tariff applies, no energy register).
    /// </summary>
    Task<decimal?> FinalTotalAsync(BillableTransaction transaction, CancellationToken cancellationToken);
}
