using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace OcppCsms.Billing.Persistence.Migrations;

/// <summary>
/// Billing of completed transactions: charge detail records (one per transaction: the unique transaction id is what
/// makes billing exactly once) with their component lines, the failures waiting for a retry, and the scan's cursor.
/// </summary>
[DbContext(typeof(BillingDbContext))]
[Migration("20261210000100_ChargeDetailRecords")]
internal sealed class ChargeDetailRecords : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "cdrs",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                transaction_id = table.Column<long>(nullable: false),
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                station_transaction_id = table.Column<string>(maxLength: 36, nullable: false),
                connector_id = table.Column<int>(nullable: true),
                evse_id = table.Column<int>(nullable: true),
                id_tag = table.Column<string>(maxLength: 36, nullable: true),
                started_at = table.Column<DateTime>(nullable: false),
                stopped_at = table.Column<DateTime>(nullable: false),
                meter_start_wh = table.Column<decimal>(nullable: false),
                meter_stop_wh = table.Column<decimal>(nullable: false),
                energy_wh = table.Column<decimal>(nullable: false),
                charging_seconds = table.Column<decimal>(nullable: false),
                idle_seconds = table.Column<decimal>(nullable: false),
                tariff_id = table.Column<long>(nullable: false),
                tariff_version = table.Column<int>(nullable: false),
                tariff_name = table.Column<string>(maxLength: 100, nullable: false),
                currency = table.Column<string>(maxLength: 3, nullable: false),
                net = table.Column<decimal>(nullable: false),
                tax = table.Column<decimal>(nullable: false),
                total = table.Column<decimal>(nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_cdrs", x => x.id));
        migrationBuilder.CreateIndex("IX_cdrs_transaction_id", "cdrs", "transaction_id", unique: true);
        migrationBuilder.CreateIndex("IX_cdrs_started_at", "cdrs", "started_at");
        migrationBuilder.CreateIndex("IX_cdrs_station_id_started_at", "cdrs", ["station_id", "started_at"]);
        migrationBuilder.CreateIndex("IX_cdrs_id_tag", "cdrs", "id_tag");

        migrationBuilder.CreateTable(
            name: "cdr_lines",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                cdr_id = table.Column<long>(nullable: false),
                position = table.Column<int>(nullable: false),
                component = table.Column<string>(maxLength: 32, nullable: false),
                period = table.Column<string>(maxLength: 100, nullable: true),
                from = table.Column<DateTime>(nullable: false),
                to = table.Column<DateTime>(nullable: false),
                quantity = table.Column<decimal>(nullable: false),
                unit = table.Column<string>(maxLength: 16, nullable: false),
                unit_price = table.Column<decimal>(nullable: false),
                amount = table.Column<decimal>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_cdr_lines", x => x.id);
                table.ForeignKey("FK_cdr_lines_cdrs_cdr_id", x => x.cdr_id, "cdrs", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_cdr_lines_cdr_id_position", "cdr_lines", ["cdr_id", "position"], unique: true);

        migrationBuilder.CreateTable(
            name: "billing_failures",
            columns: table => new
            {
                transaction_id = table.Column<long>(nullable: false),
                status = table.Column<string>(maxLength: 16, nullable: false),
                reason = table.Column<string>(maxLength: 500, nullable: false),
                attempts = table.Column<int>(nullable: false),
                first_failed_at = table.Column<DateTime>(nullable: false),
                last_attempt_at = table.Column<DateTime>(nullable: false),
                next_attempt_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_billing_failures", x => x.transaction_id));
        migrationBuilder.CreateIndex("IX_billing_failures_next_attempt_at", "billing_failures", "next_attempt_at");

        migrationBuilder.CreateTable(
            name: "billing_cursors",
            columns: table => new
            {
                name = table.Column<string>(maxLength: 32, nullable: false),
                completed_at = table.Column<DateTime>(nullable: false),
                transaction_id = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_billing_cursors", x => x.name));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "billing_cursors");
        migrationBuilder.DropTable(name: "billing_failures");
        migrationBuilder.DropTable(name: "cdr_lines");
        migrationBuilder.DropTable(name: "cdrs");
    }
}
