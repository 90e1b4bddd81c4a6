using Microsoft.EntityFrameworkCore;
using OcppCsms.Authorization.IdTags;
using OcppCsms.Authorization.LocalLists;
using OcppCsms.Authorization.Reservations;
using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.Authorization.Persistence;

internal sealed class AuthorizationDbContext(DbContextOptions<AuthorizationDbContext> options) : ModuleDbContext(options)
{
    public const string Module = "authorization";

    /// <summary>A station identity (OCPP 2.0.1 part 4 §3.1.1; the stations module's limit).</summary>
    public const int StationIdMaxLength = 48;

    /// <summary>The longest status word stored (Unavailable, ConcurrentTx).</summary>
    public const int StatusMaxLength = 16;

    public DbSet<IdTag> IdTags => Set<IdTag>();

    public DbSet<Reservation> Reservations => Set<Reservation>();

    public DbSet<LocalAuthList> LocalLists => Set<LocalAuthList>();

    public DbSet<LocalAuthListEntry> LocalListEntries => Set<LocalAuthListEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdTag>(tag =>
        {
            tag.ToTable("id_tags");
            tag.HasKey(t => t.NormalizedTag);
            tag.Property(t => t.NormalizedTag).HasColumnName("normalized_id_tag").HasMaxLength(IdTag.MaxLength);
            tag.Property(t => t.Tag).HasColumnName("id_tag").HasMaxLength(IdTag.MaxLength);
            tag.Property(t => t.Status).HasConversion<string>().HasMaxLength(StatusMaxLength);
            tag.Property(t => t.ParentIdTag).HasMaxLength(IdTag.MaxLength);
            tag.Property(t => t.Description).HasMaxLength(IdTag.DescriptionMaxLength);
            tag.Property(t => t.EvseIds).HasConversion(EvseIdsColumn.Converter, EvseIdsColumn.Comparer);
            // Operators list the blocked or expired ones.
            tag.HasIndex(t => t.Status);
        });

        modelBuilder.Entity<Reservation>(reservation =>
        {
            reservation.ToTable("reservations");
            reservation.HasKey(r => r.Id);
            reservation.Property(r => r.Id).ValueGeneratedOnAdd();
            reservation.Property(r => r.StationId).HasMaxLength(StationIdMaxLength);
            reservation.Property(r => r.IdTag).HasMaxLength(IdTag.MaxLength);
            reservation.Property(r => r.ParentIdTag).HasMaxLength(IdTag.MaxLength);
            reservation.Property(r => r.Status).HasConversion<string>().HasMaxLength(StatusMaxLength);
            reservation.Property(r => r.UsedByIdTag).HasMaxLength(IdTag.MaxLength);
            // Read per station.
            reservation.HasIndex(r => r.StationId);
        });

        modelBuilder.Entity<LocalAuthList>(list =>
        {
            list.ToTable("local_auth_lists");
            list.HasKey(l => l.StationId);
            list.Property(l => l.StationId).HasMaxLength(StationIdMaxLength);
        });

        modelBuilder.Entity<LocalAuthListEntry>(entry =>
        {
            entry.ToTable("local_auth_list_entries");
            entry.HasKey(e => new { e.StationId, e.NormalizedTag });
            entry.Property(e => e.StationId).HasMaxLength(StationIdMaxLength);
            entry.Property(e => e.NormalizedTag).HasColumnName("normalized_id_tag").HasMaxLength(IdTag.MaxLength);
            entry.Property(e => e.Tag).HasColumnName("id_tag").HasMaxLength(IdTag.MaxLength);
            entry.Property(e => e.Status).HasConversion<string>().HasMaxLength(StatusMaxLength);
            entry.Property(e => e.ParentIdTag).HasMaxLength(IdTag.MaxLength);
        });
    }
}
