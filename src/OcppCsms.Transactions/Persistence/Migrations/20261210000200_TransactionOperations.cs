using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcppCsms.Transactions.Persistence.Migrations;

/// <summary>
/// Transaction operations (issue 7): who force-stopped a transaction and why, when it last reported anything (for stale
/// transactions, filled in for the transactions already recorded), and the suspicious-data flags.
/// </summary>
[DbContext(typeof(TransactionsDbContext))]
[Migration("20261210000200_TransactionOperations")]
internal sealed class TransactionOperations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "force_stop_reason", table: "transactions", maxLength: 255, nullable: true);
        migrationBuilder.AddColumn<string>(name: "force_stopped_by", table: "transactions", maxLength: 100, nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "last_activity_at", table: "transactions", nullable: true);
        // Transactions recorded before: their last stored meter value, or their start.
        migrationBuilder.Sql("""
            UPDATE transactions SET last_activity_at = COALESCE(
                (SELECT MAX(m.received_at) FROM transaction_meter_values m WHERE m.transaction_id = transactions.id), start_received_at)
            """);
        migrationBuilder.AddColumn<int>(name: "flags", table: "transactions", nullable: false, defaultValue: 0);
        migrationBuilder.CreateIndex("IX_transactions_status_last_activity_at", "transactions", ["status", "last_activity_at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_transactions_status_last_activity_at", table: "transactions");
        migrationBuilder.DropColumn(name: "flags", table: "transactions");
        migrationBuilder.DropColumn(name: "last_activity_at", table: "transactions");
        migrationBuilder.DropColumn(name: "force_stopped_by", table: "transactions");
        migrationBuilder.DropColumn(name: "force_stop_reason", table: "transactions");
    }
}
