using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Identity;

/// <summary>
/// One host on a fresh SQLite file, shared by the tests of a class. Unlike <see cref="SqliteHostFixture"/> it knows the
/// JWT signing key (tests sign their own tokens), keeps rate limits far above what the tests send (a lockout test
/// signs in many times from one address), and runs east of UTC, so an instant read as local time instead of UTC
/// shows up as a wrong answer instead of passing unnoticed on a UTC machine.
/// </summary>
public sealed class IdentityHostFixture : IAsyncLifetime
{
    /// <summary>40 characters: above the 32-byte minimum of HS256 (RFC 7518 §3.2).</summary>
    public const string SigningKey = "identity-tests-signing-key-0123456789abc";

    /// <summary>UTC+05:30 all year (no daylight saving), so the offset never happens to be zero.</summary>
    public const string TimeZone = "Asia/Kolkata";

    private readonly SqliteTestDatabase _database = new();
    private Task<HttpClient>? _admin;

    internal CsmsProcess Host { get; private set; } = null!;

    /// <summary>
    /// One signed-in session of the seeded admin for the whole class (each sign-in costs a deliberately slow password
    /// hash). Its access token outlives any test class by far; tests must not dispose it.
    /// </summary>
    internal Task<HttpClient> AdminAsync() => _admin ??= OperatorSession.BearerClientAsync(Host);

    internal static Dictionary<string, string?> Environment(TestDatabase database) => database.HostEnvironment(
        ("Jwt__SigningKey", SigningKey),
        ("RateLimiting__LoginPerMinute", "10000"),
        ("RateLimiting__ApiPerMinute", "10000"),
        ("TZ", TimeZone));

    public async Task InitializeAsync() => Host = await CsmsProcess.StartAsync(Environment(_database));

    public async Task DisposeAsync()
    {
        if (_admin is { IsCompletedSuccessfully: true })
        {
            (await _admin).Dispose();
        }

        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
