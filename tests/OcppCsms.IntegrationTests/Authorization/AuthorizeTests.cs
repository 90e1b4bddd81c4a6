using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;
using OcppCsms.IntegrationTests.Stations;
using OcppCsms.IntegrationTests.Transactions;
using static OcppCsms.IntegrationTests.Authorization.AuthorizationApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Authorization;

/// <summary>
/// OCPP 1.6 Authorize from a real station: each verdict (OCPP 1.6 §7.2), the group rule (§3.10), ConcurrentTx while the
/// tag is in a transaction, the expiry date and parent in the answer (§7.27), and the AuthorizationRequested event.
/// </summary>
public sealed class AuthorizeTests(StationsHostFixture fixture) : IClassFixture<StationsHostFixture>, IAsyncLifetime
{
    private static readonly DateTime NextYear = DateTime.UtcNow.Date.AddYears(1);
    private readonly StationsHostFixture _fixture = fixture;
    private TestStation _station = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = await _fixture.OperatorAsync();
        _station = await TestStation.RegisterAndConnectAsync(_fixture.Host, _client, StationApi.UniqueId("CP-AUTH"));
    }

    public async Task DisposeAsync() => await _station.DisposeAsync();

    [Fact]
    public async Task An_accepted_tag_is_accepted_with_its_expiry_date_and_parent_in_any_case()
    {
        var idTag = UniqueTag("ok");
        await CreateTagAsync(_client, idTag, expiryDate: NextYear, parentIdTag: "ACCOUNT-7");

        var info = await AuthorizeAsync(_station, idTag.ToUpperInvariant());

        Assert.Equal(("Accepted", "ACCOUNT-7"), (info.Text("status"), info.Text("parentIdTag")));
        Assert.Equal(NextYear, info.GetProperty("expiryDate").GetDateTime().ToUniversalTime());
    }

    [Theory]
    [InlineData("Blocked", "Blocked")]
    [InlineData("Expired", "Expired")]
    [InlineData("Invalid", "Invalid")]
    public async Task A_tag_keeps_the_status_an_operator_gave_it(string stored, string answered)
    {
        var idTag = UniqueTag(stored);
        await CreateTagAsync(_client, idTag, stored);

        Assert.Equal(answered, (await AuthorizeAsync(_station, idTag)).Text("status"));
    }

    [Fact]
    public async Task An_unknown_tag_is_invalid_without_details()
    {
        var info = await AuthorizeAsync(_station, UniqueTag("nobody"));

        Assert.Equal("Invalid", info.Text("status"));
        Assert.False(info.TryGetProperty("expiryDate", out _));
        Assert.False(info.TryGetProperty("parentIdTag", out _));
    }

    [Fact]
    public async Task An_accepted_tag_past_its_expiry_date_is_expired()
    {
        var idTag = UniqueTag("late");
        var yesterday = DateTime.UtcNow.AddDays(-1);
        await CreateTagAsync(_client, idTag, expiryDate: yesterday);

        Assert.Equal("Expired", (await AuthorizeAsync(_station, idTag)).Text("status"));
    }

    [Fact]
    public async Task A_blocked_or_expired_group_blocks_or_expires_its_members_and_an_unregistered_group_is_only_a_name()
    {
        var blockedGroup = UniqueTag("bgroup");
        var expiredGroup = UniqueTag("egroup");
        await CreateTagAsync(_client, blockedGroup, "Blocked");
        await CreateTagAsync(_client, expiredGroup, expiryDate: DateTime.UtcNow.AddMinutes(-5));
        var inBlocked = UniqueTag("member");
        var inExpired = UniqueTag("member");
        var inNamed = UniqueTag("member");
        await CreateTagAsync(_client, inBlocked, parentIdTag: blockedGroup.ToLowerInvariant());
        await CreateTagAsync(_client, inExpired, parentIdTag: expiredGroup);
        await CreateTagAsync(_client, inNamed, parentIdTag: "NOT-A-TAG");

        var blocked = await AuthorizeAsync(_station, inBlocked);
        Assert.Equal(("Blocked", blockedGroup.ToLowerInvariant()), (blocked.Text("status"), blocked.Text("parentIdTag")));
        Assert.Equal("Expired", (await AuthorizeAsync(_station, inExpired)).Text("status"));
        var named = await AuthorizeAsync(_station, inNamed);
        Assert.Equal(("Accepted", "NOT-A-TAG"), (named.Text("status"), named.Text("parentIdTag")));

        await JsonAsync(await PatchAsync(_client, blockedGroup, """{"status":"Accepted"}"""), System.Net.HttpStatusCode.OK);
        Assert.Equal("Accepted", (await AuthorizeAsync(_station, inBlocked)).Text("status"));
    }

    [Fact]
    public async Task A_member_is_cached_no_longer_than_its_group()
    {
        var group = UniqueTag("short");
        var member = UniqueTag("long");
        var soon = DateTime.UtcNow.Date.AddDays(2);
        await CreateTagAsync(_client, group, expiryDate: soon);
        await CreateTagAsync(_client, member, expiryDate: NextYear, parentIdTag: group);

        var info = await AuthorizeAsync(_station, member);

        Assert.Equal("Accepted", info.Text("status"));
        Assert.Equal(soon, info.GetProperty("expiryDate").GetDateTime().ToUniversalTime());
    }

    [Fact]
    public async Task An_accepted_tag_in_a_running_transaction_is_concurrent_until_it_stops()
    {
        var idTag = UniqueTag("busy");
        await CreateTagAsync(_client, idTag);
        var transactionId = await TransactionsApi.StartAsync(_station, 1, idTag, 0, DateTime.UtcNow);

        Assert.Equal("ConcurrentTx", (await AuthorizeAsync(_station, idTag.ToLowerInvariant())).Text("status"));

        await _station.CallAsync("StopTransaction", new { transactionId, meterStop = 10, timestamp = TransactionsApi.At(DateTime.UtcNow) });
        Assert.Equal("Accepted", (await AuthorizeAsync(_station, idTag)).Text("status"));
    }

    [Fact]
    public async Task Each_authorize_is_published_with_the_tag_and_the_verdict()
    {
        var idTag = UniqueTag("event");
        await CreateTagAsync(_client, idTag, "Blocked");
        await using var stream = await ServerSentEventsClient.OpenAsync(_client, $"/api/v1/events?stationId={_station.Id}&type=AuthorizationRequested");

        await AuthorizeAsync(_station, idTag);

        var published = await stream.ReadEventAsync();
        Assert.Equal("AuthorizationRequested", published?.Event);
        var data = JsonDocument.Parse(published!.Data).RootElement.GetProperty("data");
        Assert.Equal((idTag, "Blocked"), (data.Text("idTag"), data.Text("status")));
    }
}
