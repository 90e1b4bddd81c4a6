using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcppCsms.Transactions.SmartCharging.Persistence.Migrations;

/// <summary>The charging profiles stations hold. Written by hand with CLR types only, so it runs on SQLite and PostgreSQL.</summary>
[DbContext(typeof(SmartChargingDbContext))]
[Migration("20261201000000_InitialSmartCharging")]
internal sealed class InitialSmartCharging : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "charging_profiles",
            columns: table => new
            {
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                charging_profile_id = table.Column<int>(nullable: false),
                connector_id = table.Column<int>(nullable: true),
                stack_level = table.Column<int>(nullable: false),
                purpose = table.Column<string>(maxLength: 40, nullable: false),
                kind = table.Column<string>(maxLength: 16, nullable: false),
                recurrency = table.Column<string>(maxLength: 8, nullable: true),
                valid_from = table.Column<DateTime>(nullable: true),
                valid_to = table.Column<DateTime>(nullable: true),
                transaction_id = table.Column<string>(maxLength: 36, nullable: true),
                id_tag = table.Column<string>(maxLength: 36, nullable: true),
                schedule = table.Column<string>(nullable: false),
                installed_by = table.Column<string>(maxLength: 32, nullable: false),
                installed_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_charging_profiles", x => new { x.station_id, x.charging_profile_id }));
        migrationBuilder.CreateIndex("IX_charging_profiles_station_id_connector_id", "charging_profiles", ["station_id", "connector_id"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "charging_profiles");
}
