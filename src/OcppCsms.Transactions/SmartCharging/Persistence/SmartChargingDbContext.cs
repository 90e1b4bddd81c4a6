using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using OcppCsms.Ocpp.Server.Contracts.SmartCharging;
using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.Transactions.SmartCharging.Persistence;

internal sealed class SmartChargingDbContext(DbContextOptions<SmartChargingDbContext> options) : ModuleDbContext(options)
{
    public const string Module = "smartcharging";

    /// <summary>A schedule is read and written whole, never queried by its parts: one JSON text column, as the API shows it.</summary>
    private static readonly JsonSerializerOptions ScheduleJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public DbSet<InstalledChargingProfile> ChargingProfiles => Set<InstalledChargingProfile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InstalledChargingProfile>(profile =>
        {
            profile.ToTable("charging_profiles");
            profile.HasKey(p => new { p.StationId, p.ChargingProfileId });
            profile.Property(p => p.StationId).HasMaxLength(InstalledChargingProfile.StationIdMaxLength);
            profile.Property(p => p.Purpose).HasConversion<string>().HasMaxLength(40);
            profile.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            profile.Property(p => p.Recurrency).HasConversion<string>().HasMaxLength(8);
            profile.Property(p => p.TransactionId).HasMaxLength(V201ChargingProfiles.TransactionIdMaxLength);
            profile.Property(p => p.IdTag).HasMaxLength(InstalledChargingProfile.IdTagMaxLength);
            profile.Property(p => p.Schedule).HasConversion(
                schedule => JsonSerializer.Serialize(schedule, ScheduleJson),
                json => JsonSerializer.Deserialize<ChargingSchedule>(json, ScheduleJson)!);
            profile.Property(p => p.InstalledBy).HasMaxLength(32);
            // The list endpoint reads one station's profiles, optionally of one connector.
            profile.HasIndex(p => new { p.StationId, p.ConnectorId });
        });
    }
}
