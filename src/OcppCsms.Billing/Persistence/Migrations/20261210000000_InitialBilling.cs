using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace OcppCsms.Billing.Persistence.Migrations;

/// <summary>
/// Tariffs, their immutable versions with periods, and their assignments to id tags and stations. Written by hand with
/// CLR types only, so it runs on SQLite and PostgreSQL; the generated keys carry both providers' annotations.
/// </summary>
[DbContext(typeof(BillingDbContext))]
[Migration("20261210000000_InitialBilling")]
internal sealed class InitialBilling : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "tariffs",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                name = table.Column<string>(maxLength: 100, nullable: false),
                is_default = table.Column<bool>(nullable: false),
                current_version = table.Column<int>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_tariffs", x => x.id));
        migrationBuilder.CreateIndex("IX_tariffs_is_default", "tariffs", "is_default", unique: true, filter: "is_default");

        migrationBuilder.CreateTable(
            name: "tariff_versions",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                tariff_id = table.Column<long>(nullable: false),
                version = table.Column<int>(nullable: false),
                name = table.Column<string>(maxLength: 100, nullable: false),
                currency = table.Column<string>(maxLength: 3, nullable: false),
                price_per_kwh = table.Column<decimal>(nullable: false),
                price_per_minute = table.Column<decimal>(nullable: false),
                idle_price_per_minute = table.Column<decimal>(nullable: false),
                idle_grace_minutes = table.Column<int>(nullable: false),
                session_fee = table.Column<decimal>(nullable: false),
                min_price = table.Column<decimal>(nullable: true),
                max_price = table.Column<decimal>(nullable: true),
                tax_rate = table.Column<decimal>(nullable: false),
                valid_from = table.Column<DateTime>(nullable: true),
                valid_to = table.Column<DateTime>(nullable: true),
                time_zone = table.Column<string>(maxLength: 64, nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_tariff_versions", x => x.id);
                table.ForeignKey("FK_tariff_versions_tariffs_tariff_id", x => x.tariff_id, "tariffs", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_tariff_versions_tariff_id_version", "tariff_versions", ["tariff_id", "version"], unique: true);

        migrationBuilder.CreateTable(
            name: "tariff_periods",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                tariff_version_id = table.Column<long>(nullable: false),
                position = table.Column<int>(nullable: false),
                name = table.Column<string>(maxLength: 50, nullable: false),
                days = table.Column<int>(nullable: false),
                start_time = table.Column<TimeOnly>(nullable: false),
                end_time = table.Column<TimeOnly>(nullable: false),
                price_per_kwh = table.Column<decimal>(nullable: false),
                price_per_minute = table.Column<decimal>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_tariff_periods", x => x.id);
                table.ForeignKey("FK_tariff_periods_tariff_versions_tariff_version_id", x => x.tariff_version_id, "tariff_versions", "id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_tariff_periods_tariff_version_id_position", "tariff_periods", ["tariff_version_id", "position"], unique: true);

        migrationBuilder.CreateTable(
            name: "tariff_assignments",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                tariff_id = table.Column<long>(nullable: false),
                id_tag = table.Column<string>(maxLength: 36, nullable: true),
                normalized_id_tag = table.Column<string>(maxLength: 36, nullable: true),
                station_id = table.Column<string>(maxLength: 48, nullable: true),
                created_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_tariff_assignments", x => x.id);
                table.ForeignKey("FK_tariff_assignments_tariffs_tariff_id", x => x.tariff_id, "tariffs", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_tariff_assignments_tariff_id_normalized_id_tag", "tariff_assignments", ["tariff_id", "normalized_id_tag"], unique: true);
        migrationBuilder.CreateIndex("IX_tariff_assignments_tariff_id_station_id", "tariff_assignments", ["tariff_id", "station_id"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "tariff_assignments");
        migrationBuilder.DropTable(name: "tariff_periods");
        migrationBuilder.DropTable(name: "tariff_versions");
        migrationBuilder.DropTable(name: "tariffs");
    }
}
