using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcppCsms.Stations.Persistence.Migrations;

/// <summary>
/// The 2.0.1 reports and notifications kept as received (monitoring, display messages, customer information,
/// charging profiles and limits, EV charging needs and schedules). Written by hand with CLR types only, so it runs on
/// SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(StationsDbContext))]
[Migration("20261205000000_StationReports")]
internal sealed class StationReports : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "stations_reports",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                action = table.Column<string>(maxLength: 40, nullable: false),
                request_id = table.Column<int>(nullable: true),
                seq_no = table.Column<int>(nullable: true),
                tbc = table.Column<bool>(nullable: false),
                payload = table.Column<string>(nullable: false),
                received_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_stations_reports", x => x.id));
        migrationBuilder.CreateIndex("IX_stations_reports_station_id_received_at", "stations_reports", ["station_id", "received_at"]);
        migrationBuilder.CreateIndex("IX_stations_reports_station_id_action_request_id", "stations_reports", ["station_id", "action", "request_id"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "stations_reports");
}
