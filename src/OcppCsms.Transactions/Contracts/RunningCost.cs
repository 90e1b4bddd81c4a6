namespace OcppCsms.Transactions.Contracts;

/// <summary>An active transaction's cost so far, priced as if it stopped at <paramref name="At"/> with its latest reading.</summary>
public sealed record RunningCost(string Currency, decimal Net, decimal Tax, decimal Total, DateTime At);
