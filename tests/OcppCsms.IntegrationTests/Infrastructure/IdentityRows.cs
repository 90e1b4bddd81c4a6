using Microsoft.AspNetCore.Identity;
using OcppCsms.Identity.Users;

namespace OcppCsms.IntegrationTests.Infrastructure;

/// <summary>Reads what the identity module stored, straight from the database, as an operator with psql would.</summary>
internal static class IdentityRows
{
    public static async Task<List<(string UserName, string Role, string PasswordHash)>> UsersAsync(TestDatabase database) =>
        await DbQuery.ListAsync(database, "SELECT user_name, role, password_hash FROM identity_users",
            r => (r.GetString(0), r.GetString(1), r.GetString(2)));

    public static async Task<List<string>> SigningKeysAsync(TestDatabase database) =>
        await DbQuery.ListAsync(database, "SELECT key_material FROM identity_signing_keys", r => r.GetString(0));

    public static bool PasswordMatches(string hash, string password) =>
        new PasswordHasher<OperatorUser>().VerifyHashedPassword(null!, hash, password) != PasswordVerificationResult.Failed;
}
