using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcppCsms.Identity.Persistence.Migrations;

/// <summary>
/// <c>identity_api_keys.created_by</c> holds the creator's name, which is an API key's name (up to 100 characters) when
/// a key made the key; 64 characters only fit user names, and PostgreSQL refused the longer ones. SQLite is left
/// alone: it ignores declared lengths (TEXT affinity), and altering a column there means rebuilding the table from a
/// target model, which hand-written migrations do not have.
/// </summary>
[DbContext(typeof(IdentityDbContext))]
[Migration("20261121180000_WidenApiKeyCreator")]
internal sealed class WidenApiKeyCreator : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => AlterCreatedBy(migrationBuilder, from: 64, to: 100);

    protected override void Down(MigrationBuilder migrationBuilder) => AlterCreatedBy(migrationBuilder, from: 100, to: 64);

    private static void AlterCreatedBy(MigrationBuilder migrationBuilder, int from, int to)
    {
        if (migrationBuilder.IsSqlite())
        {
            return;
        }

        migrationBuilder.AlterColumn<string>(
            name: "created_by",
            table: "identity_api_keys",
            maxLength: to,
            nullable: false,
            oldClrType: typeof(string),
            oldMaxLength: from,
            oldNullable: false);
    }
}
