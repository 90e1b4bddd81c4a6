using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcppCsms.Stations.Persistence.Migrations;

/// <summary>
/// The URIs a 2.0.1 Local Controller publishes a firmware file at (PublishFirmwareStatusNotification, L03): a JSON
/// array in a nullable text column of the firmware reports. CLR types only, so it runs on SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(StationsDbContext))]
[Migration("20261202000100_FirmwarePublicationLocations")]
internal sealed class FirmwarePublicationLocations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "locations", table: "stations_firmware_reports", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "locations", table: "stations_firmware_reports");
}
