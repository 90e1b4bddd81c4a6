using OcppCsms.Transactions.Model;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// What a meter-values batch learnt of one transaction: it was heard from at <paramref name="ReceivedAt"/>, its
/// <paramref name="Flags"/> are to be added, and <paramref name="Newest"/> is its newest register reading, if any.
/// </summary>
internal sealed record TransactionActivity(long TransactionId, EnergyReading? Newest, DateTime ReceivedAt, TransactionFlags Flags);
