using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcppCsms.Stations.Persistence.Migrations;

/// <summary>
/// The events 2.0.1 stations notify (NotifyEvent, N07/N08), one row per eventData with its component, variable and the
/// report part it came in. CLR types only, so it runs on SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(StationsDbContext))]
[Migration("20261202000000_StationEvents")]
internal sealed class StationEvents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "stations_events",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                event_id = table.Column<int>(nullable: false),
                timestamp = table.Column<DateTime>(nullable: false),
                trigger = table.Column<string>(maxLength: 24, nullable: false),
                cause = table.Column<int>(nullable: true),
                actual_value = table.Column<string>(maxLength: 2500, nullable: false),
                tech_code = table.Column<string>(maxLength: 50, nullable: true),
                tech_info = table.Column<string>(maxLength: 500, nullable: true),
                cleared = table.Column<bool>(nullable: true),
                transaction_id = table.Column<string>(maxLength: 36, nullable: true),
                variable_monitoring_id = table.Column<int>(nullable: true),
                event_notification_type = table.Column<string>(maxLength: 24, nullable: false),
                component_name = table.Column<string>(maxLength: 50, nullable: false),
                component_instance = table.Column<string>(maxLength: 50, nullable: true),
                evse_id = table.Column<int>(nullable: true),
                connector_id = table.Column<int>(nullable: true),
                variable_name = table.Column<string>(maxLength: 50, nullable: false),
                variable_instance = table.Column<string>(maxLength: 50, nullable: true),
                generated_at = table.Column<DateTime>(nullable: false),
                seq_no = table.Column<int>(nullable: false),
                tbc = table.Column<bool>(nullable: false),
                received_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_stations_events", x => x.id));
        migrationBuilder.CreateIndex("IX_stations_events_station_id_timestamp", "stations_events", ["station_id", "timestamp"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "stations_events");
}
