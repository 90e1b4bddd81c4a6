using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcppCsms.Stations.Persistence.Migrations;

/// <summary>
/// The OCPP 2.0.1 device model: one row per variable attribute of a station. Written by hand with CLR types only, so it
/// runs on SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(StationsDbContext))]
[Migration("20261204000000_DeviceVariables")]
internal sealed class DeviceVariables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "stations_device_variables",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                component_name = table.Column<string>(maxLength: 50, nullable: false),
                component_instance = table.Column<string>(maxLength: 50, nullable: true),
                evse_id = table.Column<int>(nullable: true),
                connector_id = table.Column<int>(nullable: true),
                variable_name = table.Column<string>(maxLength: 50, nullable: false),
                variable_instance = table.Column<string>(maxLength: 50, nullable: true),
                attribute_type = table.Column<string>(maxLength: 8, nullable: false),
                value = table.Column<string>(maxLength: 2500, nullable: true),
                mutability = table.Column<string>(maxLength: 16, nullable: true),
                persistent = table.Column<bool>(nullable: true),
                constant = table.Column<bool>(nullable: true),
                unit = table.Column<string>(maxLength: 16, nullable: true),
                data_type = table.Column<string>(maxLength: 16, nullable: true),
                min_limit = table.Column<decimal>(nullable: true),
                max_limit = table.Column<decimal>(nullable: true),
                values_list = table.Column<string>(maxLength: 1000, nullable: true),
                supports_monitoring = table.Column<bool>(nullable: true),
                source = table.Column<string>(maxLength: 16, nullable: false),
                report_request_id = table.Column<int>(nullable: true),
                updated_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_stations_device_variables", x => x.id));
        migrationBuilder.CreateIndex("IX_stations_device_variables_lookup", "stations_device_variables", ["station_id", "component_name", "variable_name"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "stations_device_variables");
}
