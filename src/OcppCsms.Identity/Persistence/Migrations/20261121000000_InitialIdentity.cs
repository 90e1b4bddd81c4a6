using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcppCsms.Identity.Persistence.Migrations;

/// <summary>Operator users, signing keys, refresh tokens, API keys and the audit log. Written by hand with CLR types only, so it runs on SQLite and PostgreSQL.</summary>
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
                failed_login_count = table.Column<int>(nullable: false),
                lockout_end = table.Column<DateTime>(nullable: true),
                last_login_at = table.Column<DateTime>(nullable: true),
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

        migrationBuilder.CreateTable(
            name: "identity_refresh_tokens",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                user_id = table.Column<Guid>(nullable: false),
                family_id = table.Column<Guid>(nullable: false),
                token_hash = table.Column<string>(maxLength: 64, nullable: false),
                created_at = table.Column<DateTime>(nullable: false),
                expires_at = table.Column<DateTime>(nullable: false),
                revoked_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_identity_refresh_tokens", x => x.id));
        migrationBuilder.CreateIndex("IX_identity_refresh_tokens_token_hash", "identity_refresh_tokens", "token_hash", unique: true);
        migrationBuilder.CreateIndex("IX_identity_refresh_tokens_family_id", "identity_refresh_tokens", "family_id");
        migrationBuilder.CreateIndex("IX_identity_refresh_tokens_user_id", "identity_refresh_tokens", "user_id");

        migrationBuilder.CreateTable(
            name: "identity_api_keys",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                name = table.Column<string>(maxLength: 100, nullable: false),
                prefix = table.Column<string>(maxLength: 32, nullable: false),
                secret_hash = table.Column<string>(maxLength: 64, nullable: false),
                role = table.Column<string>(maxLength: 16, nullable: false),
                requests_per_minute = table.Column<int>(nullable: true),
                created_at = table.Column<DateTime>(nullable: false),
                created_by = table.Column<string>(maxLength: 100, nullable: false),
                expires_at = table.Column<DateTime>(nullable: true),
                revoked_at = table.Column<DateTime>(nullable: true),
                last_used_at = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_identity_api_keys", x => x.id));
        migrationBuilder.CreateIndex("IX_identity_api_keys_prefix", "identity_api_keys", "prefix", unique: true);

        migrationBuilder.CreateTable(
            name: "identity_audit_log",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                occurred_at = table.Column<DateTime>(nullable: false),
                actor_type = table.Column<string>(maxLength: 16, nullable: false),
                actor_id = table.Column<string>(maxLength: 64, nullable: true),
                actor_name = table.Column<string>(maxLength: 100, nullable: true),
                action = table.Column<string>(maxLength: 200, nullable: false),
                target_type = table.Column<string>(maxLength: 64, nullable: true),
                target_id = table.Column<string>(maxLength: 128, nullable: true),
                outcome = table.Column<string>(maxLength: 64, nullable: false),
                details = table.Column<string>(maxLength: 2000, nullable: true),
                request_id = table.Column<string>(maxLength: 128, nullable: true),
                client_ip = table.Column<string>(maxLength: 64, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_identity_audit_log", x => x.id));
        migrationBuilder.CreateIndex("IX_identity_audit_log_occurred_at", "identity_audit_log", "occurred_at");
        migrationBuilder.CreateIndex("IX_identity_audit_log_target_type_target_id", "identity_audit_log", ["target_type", "target_id"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "identity_audit_log");
        migrationBuilder.DropTable(name: "identity_api_keys");
        migrationBuilder.DropTable(name: "identity_refresh_tokens");
        migrationBuilder.DropTable(name: "identity_signing_keys");
        migrationBuilder.DropTable(name: "identity_users");
    }
}
