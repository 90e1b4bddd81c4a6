using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcppCsms.Stations.Persistence.Migrations;

/// <summary>
/// What stations report and answer (OCPP 1.6 issue): the operator's description and the flushed last-seen time on the
/// registry row, the last boot, connector status (current and history), availability and configuration keys. Written by
/// hand with CLR types only, so it runs on SQLite and PostgreSQL. No foreign keys: a station's rows go with it in one
/// transaction when it is deleted, and the status writer's batches never fail on a station deleted meanwhile.
/// </summary>
[DbContext(typeof(StationsDbContext))]
[Migration("20261122100000_StationState")]
internal sealed class StationState : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "description", table: "stations", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "last_seen_at", table: "stations", nullable: true);

        migrationBuilder.CreateTable(
            name: "station_boots",
            columns: table => new
            {
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                protocol = table.Column<string>(maxLength: 16, nullable: false),
                reason = table.Column<string>(maxLength: 32, nullable: true),
                vendor = table.Column<string>(maxLength: 50, nullable: false),
                model = table.Column<string>(maxLength: 20, nullable: false),
                serial_number = table.Column<string>(maxLength: 25, nullable: true),
                charge_box_serial_number = table.Column<string>(maxLength: 25, nullable: true),
                firmware_version = table.Column<string>(maxLength: 50, nullable: true),
                iccid = table.Column<string>(maxLength: 20, nullable: true),
                imsi = table.Column<string>(maxLength: 20, nullable: true),
                meter_type = table.Column<string>(maxLength: 25, nullable: true),
                meter_serial_number = table.Column<string>(maxLength: 25, nullable: true),
                booted_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_station_boots", x => x.station_id));

        migrationBuilder.CreateTable(
            name: "station_connector_status",
            columns: table => new
            {
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                evse_id = table.Column<int>(nullable: false),
                connector_id = table.Column<int>(nullable: false),
                status = table.Column<string>(maxLength: 32, nullable: false),
                error_code = table.Column<string>(maxLength: 32, nullable: true),
                info = table.Column<string>(maxLength: 50, nullable: true),
                vendor_id = table.Column<string>(maxLength: 255, nullable: true),
                vendor_error_code = table.Column<string>(maxLength: 50, nullable: true),
                timestamp = table.Column<DateTime>(nullable: false),
                received_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_station_connector_status", x => new { x.station_id, x.evse_id, x.connector_id }));

        migrationBuilder.CreateTable(
            name: "station_status_history",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                evse_id = table.Column<int>(nullable: false),
                connector_id = table.Column<int>(nullable: false),
                status = table.Column<string>(maxLength: 32, nullable: false),
                error_code = table.Column<string>(maxLength: 32, nullable: true),
                info = table.Column<string>(maxLength: 50, nullable: true),
                vendor_id = table.Column<string>(maxLength: 255, nullable: true),
                vendor_error_code = table.Column<string>(maxLength: 50, nullable: true),
                timestamp = table.Column<DateTime>(nullable: false),
                received_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_station_status_history", x => x.id));
        migrationBuilder.CreateIndex("IX_station_status_history_station_id_timestamp", "station_status_history", ["station_id", "timestamp"]);

        migrationBuilder.CreateTable(
            name: "station_availability",
            columns: table => new
            {
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                evse_id = table.Column<int>(nullable: false),
                connector_id = table.Column<int>(nullable: false),
                current = table.Column<string>(maxLength: 16, nullable: true),
                scheduled = table.Column<string>(maxLength: 16, nullable: true),
                changed_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_station_availability", x => new { x.station_id, x.evse_id, x.connector_id }));

        migrationBuilder.CreateTable(
            name: "station_configuration_keys",
            columns: table => new
            {
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                key = table.Column<string>(maxLength: 50, nullable: false),
                value = table.Column<string>(maxLength: 500, nullable: true),
                @readonly = table.Column<bool>(nullable: true),
                reboot_required = table.Column<bool>(nullable: false),
                read_at = table.Column<DateTime>(nullable: true),
                changed_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_station_configuration_keys", x => new { x.station_id, x.key }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "station_configuration_keys");
        migrationBuilder.DropTable(name: "station_availability");
        migrationBuilder.DropTable(name: "station_status_history");
        migrationBuilder.DropTable(name: "station_connector_status");
        migrationBuilder.DropTable(name: "station_boots");
        migrationBuilder.DropColumn(name: "last_seen_at", table: "stations");
        migrationBuilder.DropColumn(name: "description", table: "stations");
    }
}
