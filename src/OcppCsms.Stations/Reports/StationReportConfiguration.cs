using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OcppCsms.Stations.Registry;

namespace OcppCsms.Stations.Reports;

internal sealed class StationReportConfiguration : IEntityTypeConfiguration<StationReport>
{
    public void Configure(EntityTypeBuilder<StationReport> report)
    {
        report.ToTable("stations_reports");
        report.HasKey(r => r.Id);
        report.Property(r => r.StationId).HasMaxLength(Station.IdMaxLength);
        report.Property(r => r.Action).HasMaxLength(StationReport.ActionMaxLength);
        // Read per station, newest first, usually narrowed to one action and one request's parts.
        report.HasIndex(r => new { r.StationId, r.ReceivedAt });
        report.HasIndex(r => new { r.StationId, r.Action, r.RequestId });
    }
}
