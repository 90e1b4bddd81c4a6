using System.Net;
using System.Text;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Identity;

/// <summary>
/// Access tokens are accepted only when signed with HS256 by the host's key, from its issuer, for its audience, and
/// unexpired (30 s of skew). The host runs with a known key, so each test signs exactly the token it needs; the first
/// test proves such a hand-made token is accepted, which is what gives every refusal here its meaning.
/// </summary>
public sealed class AccessTokenTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private const string Probe = "/api/v1/auth/me";
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task A_token_signed_with_the_hosts_key_is_accepted_as_is()
    {
        var claims = TestJwt.Claims(name: "hand-made", role: "Operator");

        var me = await JsonAsync(await GetAsync(TestJwt.Hs256(claims)), HttpStatusCode.OK);

        Assert.Equal("hand-made", me.Text("name"));
        Assert.Equal("Operator", me.Text("role"));
        Assert.Equal(claims["sub"], me.Text("id"));
    }

    [Fact]
    public async Task A_token_with_a_changed_claim_is_refused()
    {
        var signed = TestJwt.Hs256(TestJwt.Claims(role: "Viewer")).Split('.');
        var promoted = TestJwt.Base64Url(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(TestJwt.FromBase64Url(signed[1]))
            .Replace("\"role\":\"Viewer\"", "\"role\":\"Admin\"", StringComparison.Ordinal)));
        Assert.NotEqual(signed[1], promoted);

        await AssertRefusedAsync($"{signed[0]}.{promoted}.{signed[2]}");
    }

    [Fact]
    public async Task A_token_with_a_changed_signature_is_refused()
    {
        var tokens = await OperatorSession.LoginAsync(_host);
        var parts = tokens.Text("accessToken")!.Split('.');
        var signature = TestJwt.FromBase64Url(parts[2]);
        signature[0] ^= 0x01;

        await AssertRefusedAsync($"{parts[0]}.{parts[1]}.{TestJwt.Base64Url(signature)}");
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_is_refused() =>
        await AssertRefusedAsync(TestJwt.Unsigned(TestJwt.Claims()));

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused() =>
        await AssertRefusedAsync(TestJwt.Hs256(TestJwt.Claims(), key: "another-key-of-forty-characters-0123456"));

    [Fact]
    public async Task A_token_signed_with_the_right_key_but_hs512_is_refused_because_the_algorithm_is_pinned() =>
        await AssertRefusedAsync(TestJwt.Hs512(TestJwt.Claims()));

    [Fact]
    public async Task A_token_for_another_audience_is_refused()
    {
        var claims = TestJwt.Claims();
        claims["aud"] = "some-other-api";

        await AssertRefusedAsync(TestJwt.Hs256(claims));
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_refused()
    {
        var claims = TestJwt.Claims();
        claims["iss"] = "someone-else";

        await AssertRefusedAsync(TestJwt.Hs256(claims));
    }

    [Fact]
    public async Task A_token_expired_beyond_the_clock_skew_is_refused_and_one_within_it_is_not()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var expired = TestJwt.Claims();
        (expired["iat"], expired["nbf"], expired["exp"]) = (now - 900, now - 900, now - 120);
        var withinSkew = TestJwt.Claims();
        (withinSkew["iat"], withinSkew["nbf"], withinSkew["exp"]) = (now - 900, now - 900, now - 5);

        await AssertRefusedAsync(TestJwt.Hs256(expired));
        await JsonAsync(await GetAsync(TestJwt.Hs256(withinSkew)), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_token_without_an_expiry_is_refused()
    {
        var claims = TestJwt.Claims();
        claims.Remove("exp");

        await AssertRefusedAsync(TestJwt.Hs256(claims));
    }

    [Fact]
    public async Task A_token_in_the_query_string_counts_only_for_the_event_streams()
    {
        var token = (await OperatorSession.LoginAsync(_host)).Text("accessToken")!;

        await ProblemAsync(await _host.Http.GetAsync($"{Probe}?access_token={token}"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_request_without_credentials_is_a_401_problem_with_a_bearer_challenge()
    {
        var response = await _host.Http.GetAsync(Probe);

        await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    private async Task<HttpResponseMessage> GetAsync(string token)
    {
        using var client = OperatorSession.BearerClient(_host, token);
        return await client.GetAsync(Probe);
    }

    private async Task AssertRefusedAsync(string token)
    {
        var response = await GetAsync(token);

        await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer" && h.Parameter?.Contains("invalid_token", StringComparison.Ordinal) == true);
    }
}
