namespace OcppCsms.Transactions.Contracts;

/// <summary>
/// Costs as the transactions side shows and answers them; the billing module implements it. Optional: without a
/// registration (this module on its own, in tests) transactions carry no cost fields and 2.0.1 answers no totalCost.
/// </summary>
public interface ITransactionCosts
{
    /// <summary>The cost and billing state of a completed transaction.</summary>
    Task<TransactionBilling> BillingAsync(BillableTransaction transaction, CancellationToken cancellationToken);

    /// <summary>An active transaction's cost so far; null when no tariff applies or its energy is unknown.</summary>
    Task<RunningCost?> RunningCostAsync(BillableTransaction transaction, CancellationToken cancellationToken);

    /// <summary>
    /// The total cost, taxes included, of a transaction that has just completed, for the answer to its 2.0.1 Ended event
    /// (OCPP 2.0.1 I03.FR.02); null when it is not known (no tariff applies, no energy register).
    /// </summary>
    Task<decimal?> FinalTotalAsync(BillableTransaction transaction, CancellationToken cancellationToken);
}
