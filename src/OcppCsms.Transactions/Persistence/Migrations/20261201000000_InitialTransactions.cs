using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace OcppCsms.Transactions.Persistence.Migrations;

/// <summary>
/// Transactions and their meter values. Written by hand with CLR types only, so it runs on SQLite and PostgreSQL; the
/// generated keys carry both providers' annotations side by side.
/// </summary>
[DbContext(typeof(TransactionsDbContext))]
[Migration("20261201000000_InitialTransactions")]
internal sealed class InitialTransactions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "transactions",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                connector_id = table.Column<int>(nullable: true),
                evse_id = table.Column<int>(nullable: true),
                station_transaction_id = table.Column<string>(maxLength: 36, nullable: false),
                status = table.Column<string>(maxLength: 16, nullable: false),
                id_tag = table.Column<string>(maxLength: 36, nullable: true),
                start_id_tag_status = table.Column<string>(maxLength: 16, nullable: true),
                start_parent_id_tag = table.Column<string>(maxLength: 36, nullable: true),
                reservation_id = table.Column<int>(nullable: true),
                started_at = table.Column<DateTime>(nullable: true),
                start_received_at = table.Column<DateTime>(nullable: true),
                meter_start_wh = table.Column<decimal>(nullable: true),
                latest_energy_wh = table.Column<decimal>(nullable: true),
                latest_energy_at = table.Column<DateTime>(nullable: true),
                stopped_at = table.Column<DateTime>(nullable: true),
                completed_at = table.Column<DateTime>(nullable: true),
                meter_stop_wh = table.Column<decimal>(nullable: true),
                energy_wh = table.Column<decimal>(nullable: true),
                stop_reason = table.Column<string>(maxLength: 32, nullable: true),
                stop_id_tag = table.Column<string>(maxLength: 36, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_transactions", x => x.id));
        migrationBuilder.CreateIndex("IX_transactions_station_id_station_transaction_id", "transactions",
            ["station_id", "station_transaction_id"], unique: true);
        migrationBuilder.CreateIndex("IX_transactions_start", "transactions",
            ["station_id", "connector_id", "id_tag", "meter_start_wh", "started_at"], unique: true);
        migrationBuilder.CreateIndex("IX_transactions_status_completed_at", "transactions", ["status", "completed_at"]);
        migrationBuilder.CreateIndex("IX_transactions_id_tag", "transactions", "id_tag");
        migrationBuilder.CreateIndex("IX_transactions_started_at", "transactions", "started_at");

        migrationBuilder.CreateTable(
            name: "transaction_meter_values",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                transaction_id = table.Column<long>(nullable: true),
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                connector_id = table.Column<int>(nullable: true),
                evse_id = table.Column<int>(nullable: true),
                station_transaction_id = table.Column<string>(maxLength: 36, nullable: true),
                sampled_at = table.Column<DateTime>(nullable: false),
                received_at = table.Column<DateTime>(nullable: false),
                value = table.Column<string>(nullable: false),
                measurand = table.Column<string>(maxLength: 40, nullable: false),
                phase = table.Column<string>(maxLength: 8, nullable: true),
                unit = table.Column<string>(maxLength: 20, nullable: true),
                context = table.Column<string>(maxLength: 24, nullable: false),
                location = table.Column<string>(maxLength: 8, nullable: false),
                format = table.Column<string>(maxLength: 16, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_transaction_meter_values", x => x.id));
        migrationBuilder.CreateIndex("IX_transaction_meter_values_transaction_id_sampled_at", "transaction_meter_values", ["transaction_id", "sampled_at"]);
        migrationBuilder.CreateIndex("IX_transaction_meter_values_station_id_sampled_at", "transaction_meter_values", ["station_id", "sampled_at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "transaction_meter_values");
        migrationBuilder.DropTable(name: "transactions");
    }
}
