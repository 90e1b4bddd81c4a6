using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcppCsms.Identity.Persistence.Migrations;

/// <summary>Operator users and signing keys. Written by hand with CLR types only, so it runs on SQLite and PostgreSQL.</summary>
[DbContext(typeof(IdentityDbContext))]
[Migration("20261121000000_InitialIdentity")]
internal sealed class InitialIdentity : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "identity_users",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                user_name = table.Column<string>(maxLength: 64, nullable: false),
                normalized_user_name = table.Column<string>(maxLength: 64, nullable: false),
                password_hash = table.Column<string>(maxLength: 256, nullable: false),
                role = table.Column<string>(maxLength: 16, nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_identity_users", x => x.id));

        migrationBuilder.CreateIndex(
            name: "IX_identity_users_normalized_user_name",
            table: "identity_users",
            column: "normalized_user_name",
            unique: true);

        migrationBuilder.CreateTable(
            name: "identity_signing_keys",
            columns: table => new
            {
                id = table.Column<string>(maxLength: 64, nullable: false),
                key_material = table.Column<string>(maxLength: 256, nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_identity_signing_keys", x => x.id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "identity_signing_keys");
        migrationBuilder.DropTable(name: "identity_users");
    }
}
