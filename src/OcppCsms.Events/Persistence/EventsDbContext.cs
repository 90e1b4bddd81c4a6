using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OcppCsms.Events.Webhooks;
using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.Events.Persistence;

internal sealed class EventsDbContext(DbContextOptions<EventsDbContext> options) : ModuleDbContext(options)
{
    public const string Module = "events";

    // A JSON array in a text column: the same on both providers (Npgsql would otherwise map string[] to a PostgreSQL
    // array and SQLite to JSON, and the hand-written migration must describe one schema).
    private static readonly ValueConverter<string[], string> JsonList = new(
        list => JsonSerializer.Serialize(list, (JsonSerializerOptions?)null),
        json => JsonSerializer.Deserialize<string[]>(json, (JsonSerializerOptions?)null) ?? Array.Empty<string>());

    private static readonly ValueComparer<string[]> ListComparer = new(
        (a, b) => a!.SequenceEqual(b!),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
        list => list.ToArray());

    public DbSet<Webhook> Webhooks => Set<Webhook>();

    public DbSet<WebhookDeliveryAttempt> DeliveryAttempts => Set<WebhookDeliveryAttempt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Webhook>(webhook =>
        {
            webhook.ToTable("events_webhooks");
            webhook.HasKey(w => w.Id);
            webhook.Property(w => w.Url).HasMaxLength(Webhook.UrlMaxLength);
            webhook.Property(w => w.Secret).HasMaxLength(Webhook.SecretMaxLength);
            webhook.Property(w => w.EventTypes).HasConversion(JsonList, ListComparer);
            webhook.Property(w => w.StationIds).HasConversion(JsonList, ListComparer);
            webhook.Property(w => w.CreatedBy).HasMaxLength(Webhook.CreatedByMaxLength);
        });

        modelBuilder.Entity<WebhookDeliveryAttempt>(attempt =>
        {
            attempt.ToTable("events_webhook_deliveries");
            attempt.HasKey(a => a.Id);
            attempt.Property(a => a.EventType).HasMaxLength(WebhookDeliveryAttempt.EventTypeMaxLength);
            attempt.Property(a => a.StationId).HasMaxLength(EventFilterRules.MaxStationIdLength);
            attempt.Property(a => a.Error).HasMaxLength(WebhookDeliveryAttempt.ErrorMaxLength);
            // The delivery log is read per webhook, newest first.
            attempt.HasIndex(a => new { a.WebhookId, a.AttemptedAt });
        });
    }
}
