using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using OcppCsms.IntegrationTests.Transactions;
using static OcppCsms.IntegrationTests.Authorization.AuthorizationApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Authorization;

/// <summary>
/// OCPP 2.0.1 Authorize from a real 2.0.1 station: the same verdicts as 1.6 in idTokenInfo, an unregistered token
/// Unknown (C01), the parent as groupIdToken (C01.FR.06) and the expiry as cacheExpiryDateTime, and a contract
/// certificate that no service can verify answered CertChainError / Invalid (C07.FR.17).
/// </summary>
public sealed class Authorize201Tests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>, IAsyncLifetime
{
    private static readonly DateTime NextYear = DateTime.UtcNow.Date.AddYears(1);
    private readonly StationsHostFixture _fixture = fixture;
    private TestStation _station = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = await _fixture.OperatorAsync();
        _station = await TestStation.RegisterAndConnectAsync(_fixture.Host, _client, StationApi.UniqueId("CP-AUTH201"), "ocpp2.0.1");
    }

    public async Task DisposeAsync() => await _station.DisposeAsync();

    [Fact]
    public async Task A_36_character_token_is_accepted_in_any_case_with_its_cache_expiry_and_its_group_as_a_central_token()
    {
        var idToken = $"tok-{Guid.NewGuid():N}";
        var group = StationApi.UniqueId("GROUP");
        await CreateTagAsync(_client, idToken, expiryDate: NextYear, parentIdTag: group);

        var answer = await AuthorizeAsync(idToken.ToUpperInvariant(), "eMAID");

        var info = answer.GetProperty("idTokenInfo");
        Assert.Equal(36, idToken.Length);
        Assert.Equal("Accepted", info.Text("status"));
        Assert.Equal(NextYear, info.GetProperty("cacheExpiryDateTime").GetDateTime().ToUniversalTime());
        Assert.Equal((group, "Central"), (info.GetProperty("groupIdToken").Text("idToken"), info.GetProperty("groupIdToken").Text("type")));
        Assert.False(answer.TryGetProperty("certificateStatus", out _));
    }

    [Fact]
    public async Task An_unregistered_token_is_unknown_without_details()
    {
        var info = (await AuthorizeAsync(UniqueTag("nobody"))).GetProperty("idTokenInfo");

        Assert.Equal("Unknown", info.Text("status"));
        Assert.False(info.TryGetProperty("cacheExpiryDateTime", out _));
        Assert.False(info.TryGetProperty("groupIdToken", out _));
    }

    [Theory]
    [InlineData("Blocked")]
    [InlineData("Expired")]
    [InlineData("Invalid")]
    public async Task A_token_keeps_the_status_an_operator_gave_it(string stored)
    {
        var idToken = UniqueTag(stored);
        await CreateTagAsync(_client, idToken, stored);

        Assert.Equal(stored, (await AuthorizeAsync(idToken)).GetProperty("idTokenInfo").Text("status"));
    }

    [Fact]
    public async Task A_token_blocked_through_its_group_or_charging_elsewhere_is_answered_so()
    {
        var group = UniqueTag("bgroup");
        var member = UniqueTag("member");
        var busy = UniqueTag("busy");
        await CreateTagAsync(_client, group, "Blocked");
        await CreateTagAsync(_client, member, parentIdTag: group);
        await CreateTagAsync(_client, busy);
        await using var v16 = await TestStation.RegisterAndConnectAsync(_fixture.Host, _client, StationApi.UniqueId("CP-AUTH16"));
        await TransactionsApi.StartAsync(v16, 1, busy, 0, DateTime.UtcNow);

        Assert.Equal("Blocked", (await AuthorizeAsync(member)).GetProperty("idTokenInfo").Text("status"));
        Assert.Equal("ConcurrentTx", (await AuthorizeAsync(busy.ToLowerInvariant())).GetProperty("idTokenInfo").Text("status"));
    }

    [Fact]
    public async Task A_contract_certificate_that_cannot_be_verified_is_a_chain_error_and_the_token_invalid_and_logged()
    {
        var idToken = UniqueTag("emaid");
        await CreateTagAsync(_client, idToken, expiryDate: NextYear);
        var hashData = new[]
        {
            new { hashAlgorithm = "SHA256", issuerNameHash = "aa", issuerKeyHash = "bb", serialNumber = "01", responderURL = "http://ocsp.example" },
        };

        var byHash = await _station.CallAsync("Authorize", new { idToken = new { idToken, type = "eMAID" }, iso15118CertificateHashData = hashData });
        var byChain = await _station.CallAsync("Authorize", new { idToken = new { idToken, type = "eMAID" }, certificate = "-----BEGIN CERTIFICATE-----" });

        foreach (var answer in new[] { byHash, byChain })
        {
            Assert.Equal("CertChainError", answer.Text("certificateStatus"));
            Assert.True(JsonElement.DeepEquals(JsonDocument.Parse("""{"status":"Invalid"}""").RootElement, answer.GetProperty("idTokenInfo")), answer.GetRawText());
        }

        await LogLineAsync(_fixture.Host, l => l.Text("IdToken") == idToken && l.Text("StationId") == _station.Id);
    }

    private Task<JsonElement> AuthorizeAsync(string idToken, string type = "ISO14443") =>
        _station.CallAsync("Authorize", new { idToken = new { idToken, type } });
}
