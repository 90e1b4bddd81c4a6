using Microsoft.EntityFrameworkCore;
using OcppCsms.Ocpp.Server.MessageLog;
using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.Ocpp.Server.Persistence;

internal sealed class OcppDbContext(DbContextOptions<OcppDbContext> options) : ModuleDbContext(options)
{
    public const string Module = "ocpp";

    public DbSet<LoggedMessage> Messages => Set<LoggedMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LoggedMessage>(message =>
        {
            message.ToTable("ocpp_message_log");
            message.HasKey(m => m.Id);
            message.Property(m => m.StationId).HasMaxLength(LoggedMessage.StationIdMaxLength);
            message.Property(m => m.Direction).HasMaxLength(3);
            message.Property(m => m.Action).HasMaxLength(LoggedMessage.ActionMaxLength);
            message.Property(m => m.MessageId).HasMaxLength(LoggedMessage.MessageIdMaxLength);
            // Read per station newest first; pruned by age.
            message.HasIndex(m => new { m.StationId, m.LoggedAt });
            message.HasIndex(m => m.LoggedAt);
        });
    }
}
