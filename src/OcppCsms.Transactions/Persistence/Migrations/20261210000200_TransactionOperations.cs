using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcppCsms.Transactions.Persistence.Migrations;

/// <summary>Transaction operations (issue 7): who force-stopped a transaction and why.</summary>
[DbContext(typeof(TransactionsDbContext))]
[Migration("20261210000200_TransactionOperations")]
internal sealed class TransactionOperations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "force_stop_reason", table: "transactions", maxLength: 255, nullable: true);
        migrationBuilder.AddColumn<string>(name: "force_stopped_by", table: "transactions", maxLength: 100, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "force_stopped_by", table: "transactions");
        migrationBuilder.DropColumn(name: "force_stop_reason", table: "transactions");
    }
}
