using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace OcppCsms.Authorization.Persistence.Migrations;

/// <summary>
/// Id tags, reservations and local authorization lists. Written by hand with CLR types only, so it runs on SQLite and
/// PostgreSQL; the reservation id's generation is the one place each provider needs its own annotation.
/// </summary>
[DbContext(typeof(AuthorizationDbContext))]
[Migration("20261123000000_InitialAuthorization")]
internal sealed class InitialAuthorization : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "id_tags",
            columns: table => new
            {
                normalized_id_tag = table.Column<string>(maxLength: 36, nullable: false),
                id_tag = table.Column<string>(maxLength: 36, nullable: false),
                status = table.Column<string>(maxLength: 16, nullable: false),
                expiry_date = table.Column<DateTime>(nullable: true),
                parent_id_tag = table.Column<string>(maxLength: 36, nullable: true),
                description = table.Column<string>(maxLength: 200, nullable: true),
                created_at = table.Column<DateTime>(nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_id_tags", x => x.normalized_id_tag));
        migrationBuilder.CreateIndex("IX_id_tags_status", "id_tags", "status");

        migrationBuilder.CreateTable(
            name: "reservations",
            columns: table => new
            {
                id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                connector_id = table.Column<int>(nullable: false),
                id_tag = table.Column<string>(maxLength: 36, nullable: false),
                parent_id_tag = table.Column<string>(maxLength: 36, nullable: true),
                expiry_date = table.Column<DateTime>(nullable: false),
                status = table.Column<string>(maxLength: 16, nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
                used_at = table.Column<DateTime>(nullable: true),
                used_by_id_tag = table.Column<string>(maxLength: 36, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_reservations", x => x.id));
        migrationBuilder.CreateIndex("IX_reservations_station_id", "reservations", "station_id");

        migrationBuilder.CreateTable(
            name: "local_auth_lists",
            columns: table => new
            {
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                version = table.Column<int>(nullable: false),
                updated_at = table.Column<DateTime>(nullable: true),
                reported_version = table.Column<int>(nullable: true),
                reported_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_local_auth_lists", x => x.station_id));

        migrationBuilder.CreateTable(
            name: "local_auth_list_entries",
            columns: table => new
            {
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                normalized_id_tag = table.Column<string>(maxLength: 36, nullable: false),
                id_tag = table.Column<string>(maxLength: 36, nullable: false),
                status = table.Column<string>(maxLength: 16, nullable: false),
                expiry_date = table.Column<DateTime>(nullable: true),
                parent_id_tag = table.Column<string>(maxLength: 36, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_local_auth_list_entries", x => new { x.station_id, x.normalized_id_tag }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "local_auth_list_entries");
        migrationBuilder.DropTable(name: "local_auth_lists");
        migrationBuilder.DropTable(name: "reservations");
        migrationBuilder.DropTable(name: "id_tags");
    }
}
