namespace OcppCsms.Transactions.Contracts;

/// <summary>A completed transaction's cost (null until billed) and its billing state.</summary>
public sealed record TransactionBilling(TransactionCost? Cost, BillingState State);
