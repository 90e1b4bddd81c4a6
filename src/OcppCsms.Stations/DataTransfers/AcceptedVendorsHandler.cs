using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcppCsms.Ocpp.Server.Contracts;
using OcppCsms.Stations.Persistence;

namespace OcppCsms.Stations.DataTransfers;

/// <summary>
/// The DataTransfer handler of <c>Ocpp:DataTransfer:AcceptedVendors</c>: every message of those vendors, whatever its
/// message id, is kept as received and answered Accepted without data (OCPP 1.6 §4.3, 2.0.1 P01.FR.07: what Accepted
/// means is the vendor's agreement).
/// </summary>
internal sealed class AcceptedVendorsHandler(IOptions<DataTransferOptions> options, IDbContextFactory<StationsDbContext> contexts, TimeProvider clock)
    : IDataTransferHandler
{
    public IReadOnlyCollection<string> VendorIds => options.Value.AcceptedVendors;

    public async Task<DataTransferAnswer> HandleAsync(DataTransferMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.DataTransfers.Add(new KeptDataTransfer
        {
            Id = Guid.CreateVersion7(now),
            StationId = message.StationId,
            VendorId = message.VendorId,
            MessageId = message.MessageId,
            Data = message.Data?.GetRawText(),
            ReceivedAt = now.UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new DataTransferAnswer(DataTransferOutcome.Accepted);
    }
}
