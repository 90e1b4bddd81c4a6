using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.DataTransfers;

internal sealed class KeptDataTransferConfiguration : IEntityTypeConfiguration<KeptDataTransfer>
{
    public void Configure(EntityTypeBuilder<KeptDataTransfer> transfer)
    {
        transfer.ToTable("stations_data_transfers");
        transfer.HasKey(t => t.Id);
        transfer.Property(t => t.StationId).HasMaxLength(Station.IdMaxLength);
        transfer.Property(t => t.VendorId).HasMaxLength(DataTransferOptions.VendorIdMaxLength);
        transfer.Property(t => t.MessageId).HasMaxLength(KeptDataTransfer.MessageIdMaxLength);
        // Read per station, newest first.
        transfer.HasIndex(t => new { t.StationId, t.ReceivedAt });
    }
}
