using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography.X509Certificates;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;

namespace OcppCsms.IntegrationTests.Stations;

/// <summary>
/// wss with the host's own TLS: profile 2 (Basic over TLS) and profile 3 (client certificates chained to the configured
/// CA, with the station's CN). Certificates that fail the chain end the TLS handshake; a good chain with another
/// station's CN is refused at the upgrade.
/// </summary>
public sealed class StationTlsTests(TlsHostFixture fixture) : IClassFixture<TlsHostFixture>
{
    private readonly TlsHostFixture _fixture = fixture;
    private readonly TestPki _pki = fixture.Pki;

    [Fact]
    public async Task A_profile_2_station_connects_over_wss_with_basic_auth_to_the_configured_server_certificate()
    {
        var id = UniqueId("CP-WSS2");
        var registered = await RegisterAsync(_fixture.Operator, id, profile: 2);
        var password = registered.Text("password")!;
        X509Certificate2? presented = null;

        using var station = await ConnectAsync(_fixture.StationUri(id), Basic(id, password), options => options.RemoteCertificateValidationCallback =
            (sender, certificate, chain, errors) =>
            {
                presented = certificate is null ? null : X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
                return _pki.TrustsServer(sender, certificate, chain, errors);
            });

        Assert.Equal(HttpStatusCode.SwitchingProtocols, station.HttpStatusCode);
        Assert.Equal(_pki.Server.Thumbprint, presented?.Thumbprint);
        var shown = await GetConnectedAsync(_fixture.Operator, id);
        Assert.Equal(2, shown.GetProperty("securityProfileInUse").GetInt32());
        Assert.True(shown.GetProperty("connected").GetBoolean());
    }

    [Fact]
    public async Task A_profile_1_station_over_wss_is_accepted_and_its_connection_counts_as_profile_2()
    {
        var id = UniqueId("CP-WSS1");
        var password = NewPassword();
        await RegisterAsync(_fixture.Operator, id, profile: 1, password);

        using var station = await ConnectAsync(_fixture.StationUri(id), Basic(id, password), TrustServer);

        Assert.Equal(2, (await GetConnectedAsync(_fixture.Operator, id)).GetProperty("securityProfileInUse").GetInt32());
    }

    [Fact]
    public async Task A_profile_2_station_with_a_wrong_password_is_refused_over_wss_too()
    {
        var id = UniqueId("CP-WSS2X");
        await RegisterAsync(_fixture.Operator, id, profile: 2, NewPassword());

        await AssertRefusedAsync(_fixture.StationUri(id), HttpStatusCode.Unauthorized, Basic(id, NewPassword()), TrustServer);
    }

    [Fact]
    public async Task A_profile_3_station_with_a_valid_certificate_of_its_cn_connects()
    {
        var id = UniqueId("CP-CERT");
        await RegisterAsync(_fixture.Operator, id, profile: 3);
        using var certificate = _pki.IssueClient(id);

        using var station = await ConnectAsync(_fixture.StationUri(id), configure: WithCertificate(certificate));

        Assert.Equal(HttpStatusCode.SwitchingProtocols, station.HttpStatusCode);
        var shown = await GetConnectedAsync(_fixture.Operator, id);
        Assert.Equal(3, shown.GetProperty("securityProfileInUse").GetInt32());
        Assert.Equal(id, shown.Text("certificateCommonName"));
    }

    [Fact]
    public async Task A_profile_3_station_whose_certificate_carries_its_configured_serial_number_connects()
    {
        var id = UniqueId("CP-SERIAL");
        var serial = UniqueId("SN");
        await RegisterAsync(_fixture.Operator, id, profile: 3, certificateCommonName: serial);
        using var certificate = _pki.IssueClient(serial);
        using var ofItsIdentity = _pki.IssueClient(id);

        await AssertAcceptedAsync(_fixture.StationUri(id), configure: WithCertificate(certificate));

        await AssertRefusedAsync(_fixture.StationUri(id), HttpStatusCode.Unauthorized, configure: WithCertificate(ofItsIdentity));
    }

    [Fact]
    public async Task A_certificate_of_another_cn_is_refused_at_the_upgrade_with_401()
    {
        var id = UniqueId("CP-CNX");
        await RegisterAsync(_fixture.Operator, id, profile: 3);
        using var certificate = _pki.IssueClient(UniqueId("CP-SOMEONE-ELSE"));

        await AssertRefusedAsync(_fixture.StationUri(id), HttpStatusCode.Unauthorized, configure: WithCertificate(certificate));

        var logged = await LogLineAsync(_fixture.Host, line => line.Text("StationId") == id);
        Assert.Equal("CredentialsInvalid", logged.Text("Outcome"));
        Assert.Contains("CN", logged.Text("Reason"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_profile_3_station_without_a_certificate_is_told_a_secured_connection_is_required()
    {
        var id = UniqueId("CP-NOCERT");
        var password = NewPassword();
        await RegisterAsync(_fixture.Operator, id, profile: 3);

        await AssertRefusedAsync(_fixture.StationUri(id), HttpStatusCode.Unauthorized, Basic(id, password), TrustServer);

        var problem = await RefusalProblemAsync(_fixture.Operator, id, HttpStatusCode.Unauthorized);
        Assert.Equal("Secured connection required", problem.Text("title"));
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("not yet valid")]
    [InlineData("another CA")]
    public async Task A_certificate_that_does_not_validate_ends_the_tls_handshake(string kind)
    {
        var id = UniqueId("CP-BADCERT");
        await RegisterAsync(_fixture.Operator, id, profile: 3);
        using var otherPki = TestPki.Create("Another CA");
        using var certificate = kind switch
        {
            "expired" => _pki.IssueClient(id, notAfter: DateTimeOffset.UtcNow.AddHours(-1)),
            "not yet valid" => _pki.IssueClient(id, notBefore: DateTimeOffset.UtcNow.AddHours(1)),
            _ => otherPki.IssueClient(id),
        };
        using var station = StationClient.Create("ocpp2.0.1");
        WithCertificate(certificate)(station.Options);

        await Assert.ThrowsAnyAsync<Exception>(() => station.ConnectAsync(_fixture.StationUri(id), StationClient.Timeout()));

        Assert.NotEqual(HttpStatusCode.SwitchingProtocols, station.HttpStatusCode);
        Assert.NotEqual(WebSocketState.Open, station.State);
        await LogLineAsync(_fixture.Host, line => line.Text("level") == "Warning" && line.Text("Subject") is { } subject
                                                  && subject.Contains(id, StringComparison.Ordinal));
        Assert.False((await GetAsync(_fixture.Operator, id)).GetProperty("connected").GetBoolean());
    }

    [Fact]
    public async Task The_operator_api_is_served_over_https_with_the_same_certificate()
    {
        using var anonymous = _pki.HttpClient(_fixture.Host.BaseAddress);

        var health = await anonymous.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("https", _fixture.Host.BaseAddress.Scheme);
    }

    private void TrustServer(ClientWebSocketOptions options) => options.RemoteCertificateValidationCallback = _pki.TrustsServer;

    private Action<ClientWebSocketOptions> WithCertificate(X509Certificate2 certificate) => options =>
    {
        TrustServer(options);
        options.ClientCertificates = [certificate];
    };
}
