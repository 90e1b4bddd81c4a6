using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace OcppCsms.Transactions.Persistence.Migrations;

/// <summary>
/// OCPP 2.0.1 TransactionEvent: the events as they arrived (unique per station, transaction id and seqNo), and what
/// the transaction keeps of them — the remote start that began it, its charging state, whether every event arrived.
/// </summary>
[DbContext(typeof(TransactionsDbContext))]
[Migration("20261203000000_TransactionEvents")]
internal sealed class TransactionEvents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "remote_start_id", table: "transactions", nullable: true);
        migrationBuilder.AddColumn<string>(name: "charging_state", table: "transactions", maxLength: 16, nullable: true);
        migrationBuilder.AddColumn<bool>(name: "events_complete", table: "transactions", nullable: true);

        migrationBuilder.CreateTable(
            name: "transaction_events",
            columns: table => new
            {
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                station_id = table.Column<string>(maxLength: 48, nullable: false),
                station_transaction_id = table.Column<string>(maxLength: 36, nullable: false),
                seq_no = table.Column<int>(nullable: false),
                event_type = table.Column<string>(maxLength: 8, nullable: false),
                occurred_at = table.Column<DateTime>(nullable: false),
                received_at = table.Column<DateTime>(nullable: false),
                trigger_reason = table.Column<string>(maxLength: 32, nullable: false),
                charging_state = table.Column<string>(maxLength: 16, nullable: true),
                id_token = table.Column<string>(maxLength: 36, nullable: true),
                id_token_status = table.Column<string>(maxLength: 16, nullable: true),
                id_token_group = table.Column<string>(maxLength: 36, nullable: true),
                stopped_reason = table.Column<string>(maxLength: 32, nullable: true),
                offline = table.Column<bool>(nullable: false),
                first_energy_wh = table.Column<decimal>(nullable: true),
                first_energy_at = table.Column<DateTime>(nullable: true),
                last_energy_wh = table.Column<decimal>(nullable: true),
                last_energy_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_transaction_events", x => x.id));
        migrationBuilder.CreateIndex("IX_transaction_events_seq_no", "transaction_events",
            ["station_id", "station_transaction_id", "seq_no"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "transaction_events");
        migrationBuilder.DropColumn(name: "events_complete", table: "transactions");
        migrationBuilder.DropColumn(name: "charging_state", table: "transactions");
        migrationBuilder.DropColumn(name: "remote_start_id", table: "transactions");
    }
}
