using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcppCsms.Ocpp.Server.Persistence.Migrations;

/// <summary>The OCPP message log. Written by hand with CLR types only, so it runs on SQLite and PostgreSQL.</summary>
[DbContext(typeof(OcppDbContext))]
[Migration("20261121200000_InitialOcpp")]
internal sealed class InitialOcpp : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ocpp_message_log",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                direction = table.Column<string>(maxLength: 3, nullable: false),
                message_type = table.Column<int>(nullable: false),
                action = table.Column<string>(maxLength: 64, nullable: true),
                message_id = table.Column<string>(maxLength: 36, nullable: false),
                size = table.Column<int>(nullable: false),
                frame = table.Column<string>(nullable: true),
                logged_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ocpp_message_log", x => x.id));
        migrationBuilder.CreateIndex("IX_ocpp_message_log_station_id_logged_at", "ocpp_message_log", ["station_id", "logged_at"]);
        migrationBuilder.CreateIndex("IX_ocpp_message_log_logged_at", "ocpp_message_log", "logged_at");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "ocpp_message_log");
}
