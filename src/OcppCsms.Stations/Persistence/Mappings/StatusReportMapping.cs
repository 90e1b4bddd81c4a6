using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcppCsms.Stations.Connectors;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.Persistence.Mappings;

/// <summary>The columns the current status and the history share: the limits of 1.6 §6.47 (info 50, vendorId 255, vendorErrorCode 50).</summary>
internal static class StatusReportMapping
{
    public static void MapReport<T>(this EntityTypeBuilder<T> report)
        where T : StatusReport
    {
        report.Property(r => r.StationId).HasMaxLength(Station.IdMaxLength);
        report.Property(r => r.Status).HasMaxLength(StatusReport.WordMaxLength);
        report.Property(r => r.ErrorCode).HasMaxLength(StatusReport.WordMaxLength);
        report.Property(r => r.Info).HasMaxLength(50);
        report.Property(r => r.VendorId).HasMaxLength(255);
        report.Property(r => r.VendorErrorCode).HasMaxLength(50);
    }
}
