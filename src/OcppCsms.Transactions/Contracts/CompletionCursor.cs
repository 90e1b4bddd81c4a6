namespace OcppCsms.Transactions.Contracts;

/// <summary>
/// A position in the completed transactions ordered by (completion time, id): the order of the (status, completed_at)
/// index, with the id breaking ties between transactions completed in the same tick.
/// </summary>
public readonly record struct CompletionCursor(DateTime CompletedAt, long Id);
