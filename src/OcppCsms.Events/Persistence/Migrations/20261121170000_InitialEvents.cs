using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcppCsms.Events.Persistence.Migrations;

/// <summary>Webhooks and their delivery log. Written by hand with CLR types only, so it runs on SQLite and PostgreSQL.</summary>
[DbContext(typeof(EventsDbContext))]
[Migration("20261121170000_InitialEvents")]
internal sealed class InitialEvents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "events_webhooks",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                url = table.Column<string>(maxLength: 2048, nullable: false),
                secret = table.Column<string>(maxLength: 256, nullable: false),
                event_types = table.Column<string>(nullable: false),
                station_ids = table.Column<string>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                created_by = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_events_webhooks", x => x.id));

        migrationBuilder.CreateTable(
            name: "events_webhook_deliveries",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                webhook_id = table.Column<Guid>(nullable: false),
                delivery_id = table.Column<Guid>(nullable: false),
                event_id = table.Column<Guid>(nullable: false),
                event_type = table.Column<string>(maxLength: 64, nullable: false),
                station_id = table.Column<string>(maxLength: 48, nullable: true),
                attempt = table.Column<int>(nullable: false),
                attempted_at = table.Column<DateTime>(nullable: false),
                duration_ms = table.Column<int>(nullable: false),
                status_code = table.Column<int>(nullable: true),
                error = table.Column<string>(maxLength: 500, nullable: true),
                succeeded = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_events_webhook_deliveries", x => x.id));
        migrationBuilder.CreateIndex("IX_events_webhook_deliveries_webhook_id_attempted_at", "events_webhook_deliveries", ["webhook_id", "attempted_at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "events_webhook_deliveries");
        migrationBuilder.DropTable(name: "events_webhooks");
    }
}
