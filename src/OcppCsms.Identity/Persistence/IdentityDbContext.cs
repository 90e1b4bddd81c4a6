using Microsoft.EntityFrameworkCore;
using OcppCsms.Identity.Jwt;
using OcppCsms.Identity.Users;
using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.Identity.Persistence;

internal sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : ModuleDbContext(options)
{
    public const string Module = "identity";

    public DbSet<OperatorUser> Users => Set<OperatorUser>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OperatorUser>(user =>
        {
            user.ToTable("identity_users");
            user.HasKey(u => u.Id);
            user.Property(u => u.UserName).HasMaxLength(OperatorUser.UserNameMaxLength);
            user.Property(u => u.NormalizedUserName).HasMaxLength(OperatorUser.UserNameMaxLength);
            user.HasIndex(u => u.NormalizedUserName).IsUnique();
            user.Property(u => u.PasswordHash).HasMaxLength(256);
            user.Property(u => u.Role).HasConversion<string>().HasMaxLength(16);
        });

        modelBuilder.Entity<SigningKey>(key =>
        {
            key.ToTable("identity_signing_keys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Id).HasMaxLength(64);
            key.Property(k => k.KeyMaterial).HasMaxLength(256);
        });
    }
}
