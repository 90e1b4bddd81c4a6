using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcppCsms.Stations.Persistence.Migrations;

/// <summary>The station registry. Written by hand with CLR types only, so it runs on SQLite and PostgreSQL.</summary>
[DbContext(typeof(StationsDbContext))]
[Migration("20261122000000_InitialStations")]
internal sealed class InitialStations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "stations",
            columns: table => new
            {
                id = table.Column<string>(maxLength: 48, nullable: false),
                registration_status = table.Column<string>(maxLength: 16, nullable: false),
                security_profile = table.Column<int>(nullable: false),
                password_hash = table.Column<string>(maxLength: 64, nullable: true),
                password_salt = table.Column<string>(maxLength: 32, nullable: true),
                certificate_common_name = table.Column<string>(maxLength: 64, nullable: true),
                created_at = table.Column<DateTime>(nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_stations", x => x.id));
        migrationBuilder.CreateIndex("IX_stations_registration_status", "stations", "registration_status");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "stations");
}
