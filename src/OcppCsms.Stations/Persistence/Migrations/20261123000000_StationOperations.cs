using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcppCsms.Stations.Persistence.Migrations;

/// <summary>
/// Station operations: firmware, diagnostics and log statuses, security events, and the DataTransfers of accepted
/// vendors. Written by hand with CLR types only, so it runs on SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(StationsDbContext))]
[Migration("20261123000000_StationOperations")]
internal sealed class StationOperations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "stations_firmware_reports",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                kind = table.Column<string>(maxLength: 24, nullable: false),
                status = table.Column<string>(maxLength: 32, nullable: false),
                request_id = table.Column<int>(nullable: true),
                received_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_stations_firmware_reports", x => x.id));
        migrationBuilder.CreateIndex("IX_stations_firmware_reports_station_id_kind_received_at", "stations_firmware_reports", ["station_id", "kind", "received_at"]);
        migrationBuilder.CreateIndex("IX_stations_firmware_reports_station_id_received_at", "stations_firmware_reports", ["station_id", "received_at"]);

        migrationBuilder.CreateTable(
            name: "stations_security_events",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                type = table.Column<string>(maxLength: 50, nullable: false),
                timestamp = table.Column<DateTime>(nullable: false),
                tech_info = table.Column<string>(maxLength: 255, nullable: true),
                critical = table.Column<bool>(nullable: false),
                received_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_stations_security_events", x => x.id));
        migrationBuilder.CreateIndex("IX_stations_security_events_station_id_timestamp", "stations_security_events", ["station_id", "timestamp"]);

        migrationBuilder.CreateTable(
            name: "stations_data_transfers",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                vendor_id = table.Column<string>(maxLength: 255, nullable: false),
                message_id = table.Column<string>(maxLength: 50, nullable: true),
                data = table.Column<string>(nullable: true),
                received_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_stations_data_transfers", x => x.id));
        migrationBuilder.CreateIndex("IX_stations_data_transfers_station_id_received_at", "stations_data_transfers", ["station_id", "received_at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "stations_data_transfers");
        migrationBuilder.DropTable(name: "stations_security_events");
        migrationBuilder.DropTable(name: "stations_firmware_reports");
    }
}
