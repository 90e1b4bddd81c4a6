using Microsoft.EntityFrameworkCore;
using OcppCsms.Identity.ApiKeys;
using OcppCsms.Identity.Audit;
using OcppCsms.Identity.Auth;
using OcppCsms.Identity.Jwt;
using OcppCsms.Identity.Users;
using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.Identity.Persistence;

internal sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : ModuleDbContext(options)
{
    public const string Module = "identity";

    public DbSet<OperatorUser> Users => Set<OperatorUser>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

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

        modelBuilder.Entity<RefreshToken>(token =>
        {
            token.ToTable("identity_refresh_tokens");
            token.HasKey(t => t.Id);
            token.Property(t => t.TokenHash).HasMaxLength(64);
            token.HasIndex(t => t.TokenHash).IsUnique();
            token.HasIndex(t => t.FamilyId);
            token.HasIndex(t => t.UserId);
        });

        modelBuilder.Entity<ApiKey>(key =>
        {
            key.ToTable("identity_api_keys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength);
            key.Property(k => k.Prefix).HasMaxLength(32);
            key.HasIndex(k => k.Prefix).IsUnique();
            key.Property(k => k.SecretHash).HasMaxLength(64);
            key.Property(k => k.Role).HasConversion<string>().HasMaxLength(16);
            // A user name, or the name of the API key that made this one: the longer of the two.
            key.Property(k => k.CreatedBy).HasMaxLength(ApiKey.NameMaxLength);
        });

        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("identity_audit_log");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.ActorType).HasMaxLength(16);
            entry.Property(e => e.ActorId).HasMaxLength(64);
            entry.Property(e => e.ActorName).HasMaxLength(ApiKey.NameMaxLength);
            entry.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength);
            entry.Property(e => e.TargetType).HasMaxLength(64);
            entry.Property(e => e.TargetId).HasMaxLength(128);
            entry.Property(e => e.Outcome).HasMaxLength(64);
            entry.Property(e => e.Details).HasMaxLength(2000);
            entry.Property(e => e.RequestId).HasMaxLength(128);
            entry.Property(e => e.ClientIp).HasMaxLength(64);
            entry.HasIndex(e => e.OccurredAt);
            entry.HasIndex(e => new { e.TargetType, e.TargetId });
        });
    }
}
