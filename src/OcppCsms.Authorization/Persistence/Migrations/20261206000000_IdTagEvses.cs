using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcppCsms.Authorization.Persistence.Migrations;

/// <summary>
/// The EVSEs an id tag is restricted to (OCPP 2.0.1 idTokenInfo.evseId), comma-joined text (see
/// <see cref="EvseIdsColumn"/>); null for every existing tag: valid at any EVSE, as before.
/// </summary>
[DbContext(typeof(AuthorizationDbContext))]
[Migration("20261206000000_IdTagEvses")]
internal sealed class IdTagEvses : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "evse_ids", table: "id_tags", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "evse_ids", table: "id_tags");
}
