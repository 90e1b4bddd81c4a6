using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Events;
using OcppCsms.IntegrationTests.Infrastructure;
using static OcppCsms.IntegrationTests.Stations.StationApi;

namespace OcppCsms.IntegrationTests.StationOperations;

/// <summary>
/// The certificate commands over REST (whitepaper §5.1, §5.3, §5.7, §5.11; 2.0.1 A02, M03–M05): what goes to a 1.6 and
/// a 2.0.1 station, the station's answer in the response, 409 for a station that is not connected, 400 for a body or a
/// type the station's version cannot take.
/// </summary>
public sealed class CertificateCommandTests(StationOperationsHostFixture fixture) : IClassFixture<StationOperationsHostFixture>
{
    private static readonly object HashData = new { hashAlgorithm = "SHA256", issuerNameHash = "0a1b2c", issuerKeyHash = "3d4e5f", serialNumber = "1f" };

    [Fact]
    public async Task Each_command_goes_to_a_1_6_station_in_the_whitepaper_s_terms_and_its_answer_comes_back()
    {
        var id = UniqueId("CP-CERT-16");
        await using var station = await fixture.StationAsync(id);
        var root = fixture.Pki.Ca.ExportCertificatePem();

        var install = await CommandAsync(station, id, "install-certificate", new { certificateType = "CsmsRootCertificate", certificate = root },
            "InstallCertificate", new { certificateType = "CentralSystemRootCertificate", certificate = root }, new { status = "Accepted" });
        Assert.Equal(("InstallCertificate", "Accepted"), (install.Text("action"), install.Text("status")));

        var installed = await CommandAsync(station, id, "get-installed-certificate-ids", new { certificateType = "ManufacturerRootCertificate" },
            "GetInstalledCertificateIds", new { certificateType = "ManufacturerRootCertificate" }, new { status = "Accepted", certificateHashData = new[] { HashData } });
        Assert.Equal("1f", installed.GetProperty("response").GetProperty("certificateHashData")[0].Text("serialNumber"));

        var deleted = await CommandAsync(station, id, "delete-certificate", new { certificateHashData = HashData },
            "DeleteCertificate", new { certificateHashData = HashData }, new { status = "NotFound" });
        Assert.Equal("NotFound", deleted.Text("status"));

        var signed = await CommandAsync(station, id, "certificate-signed", new { certificateChain = root },
            "CertificateSigned", new { certificateChain = root }, new { status = "Rejected" });
        Assert.Equal("Rejected", signed.Text("status"));
    }

    [Fact]
    public async Task A_2_0_1_station_gets_the_2_0_1_names_and_may_be_asked_for_every_type()
    {
        var id = UniqueId("CP-CERT-201");
        await using var station = await fixture.StationAsync(id, "ocpp2.0.1");
        var root = fixture.Pki.Ca.ExportCertificatePem();

        await CommandAsync(station, id, "install-certificate", new { certificateType = "CsmsRootCertificate", certificate = root },
            "InstallCertificate", new { certificateType = "CSMSRootCertificate", certificate = root }, new { status = "Accepted" });
        await CommandAsync(station, id, "install-certificate", new { certificateType = "MORootCertificate", certificate = root },
            "InstallCertificate", new { certificateType = "MORootCertificate", certificate = root }, new { status = "Failed" });
        var all = await CommandAsync(station, id, "get-installed-certificate-ids", new { }, "GetInstalledCertificateIds", new { }, new { status = "NotFound" });
        Assert.Equal("NotFound", all.Text("status"));
        await CommandAsync(station, id, "get-installed-certificate-ids", new { certificateType = "V2GCertificateChain" },
            "GetInstalledCertificateIds", new { certificateType = new[] { "V2GCertificateChain" } }, new { status = "Accepted" });
        await CommandAsync(station, id, "delete-certificate", new { certificateHashData = HashData },
            "DeleteCertificate", new { certificateHashData = HashData }, new { status = "Accepted" });
        await CommandAsync(station, id, "certificate-signed", new { certificateChain = root, certificateType = "V2GCertificate" },
            "CertificateSigned", new { certificateChain = root, certificateType = "V2GCertificate" }, new { status = "Accepted" });
    }

    [Fact]
    public async Task A_station_that_is_not_connected_is_409_at_once()
    {
        var root = fixture.Pki.Ca.ExportCertificatePem();
        (string Command, object Body)[] commands =
        [
            ("install-certificate", new { certificateType = "CsmsRootCertificate", certificate = root }),
            ("get-installed-certificate-ids", new { certificateType = "CsmsRootCertificate" }),
            ("delete-certificate", new { certificateHashData = HashData }),
            ("certificate-signed", new { certificateChain = root }),
        ];

        foreach (var (command, body) in commands)
        {
            using var response = await fixture.Admin.PostAsJsonAsync($"/api/v1/stations/CP-CERT-AWAY/commands/{command}", body);
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal("Offline", (await response.Content.ReadFromJsonAsync<JsonElement>()).Text("outcome"));
        }
    }

    [Theory]
    [InlineData("install-certificate", """{"certificate":"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"}""", "certificateType")]
    [InlineData("install-certificate", """{"certificateType":"CsmsRootCertificate","certificate":"not pem"}""", "certificate")]
    [InlineData("install-certificate", """{"certificateType":"RootOfAllEvil","certificate":"x"}""", "certificateType")]
    [InlineData("get-installed-certificate-ids", """{"certificateType":"Nope"}""", "certificateType")]
    [InlineData("delete-certificate", """{}""", "certificateHashData")]
    [InlineData("delete-certificate", """{"certificateHashData":{"hashAlgorithm":"SHA256","issuerNameHash":"xyz","issuerKeyHash":"00","serialNumber":"01"}}""", "certificateHashData.issuerNameHash")]
    [InlineData("delete-certificate", """{"certificateHashData":{"issuerNameHash":"00","issuerKeyHash":"00","serialNumber":"01"}}""", "certificateHashData.hashAlgorithm")]
    [InlineData("certificate-signed", """{"certificateChain":""}""", "certificateChain")]
    public async Task An_invalid_body_is_400_naming_the_field(string command, string body, string field)
    {
        var id = UniqueId("CP-CERT-400");
        await using var station = await fixture.StationAsync(id);

        using var response = await fixture.Admin.PostAsync($"/api/v1/stations/{id}/commands/{command}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.False(await station.ReceivesCallWithinAsync(TimeSpan.FromMilliseconds(300)), "An invalid command reached the station.");
    }

    [Fact]
    public async Task A_type_1_6_does_not_know_is_400_and_is_not_sent()
    {
        var id = UniqueId("CP-CERT-V2G");
        await using var station = await fixture.StationAsync(id);
        var root = fixture.Pki.Ca.ExportCertificatePem();

        foreach (var (command, body) in new (string, object)[]
                 {
                     ("install-certificate", new { certificateType = "V2GRootCertificate", certificate = root }),
                     ("get-installed-certificate-ids", new { }),
                     ("certificate-signed", new { certificateChain = root, certificateType = "V2GCertificate" }),
                 })
        {
            using var response = await fixture.Admin.PostAsJsonAsync($"/api/v1/stations/{id}/commands/{command}", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("Invalid", (await response.Content.ReadFromJsonAsync<JsonElement>()).Text("outcome"));
        }

        Assert.False(await station.ReceivesCallWithinAsync(TimeSpan.FromMilliseconds(300)), "A command 1.6 cannot express reached the station.");
    }

    [Fact]
    public async Task Viewers_may_not_send_certificate_commands()
    {
        using var viewer = await OperatorSession.ApiKeyClientAsync(fixture.Host, "Viewer");

        using var response = await viewer.PostAsJsonAsync("/api/v1/stations/CP-CERT-AWAY/commands/get-installed-certificate-ids", new { certificateType = "CsmsRootCertificate" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>Posts the command, checks the CALL the station receives, answers it, and returns the 200 body.</summary>
    private async Task<JsonElement> CommandAsync(TestStation station, string id, string command, object body, string action, object expected, object answer)
    {
        var posted = fixture.Admin.PostAsJsonAsync($"/api/v1/stations/{id}/commands/{command}", body);
        var call = await station.ReceiveCallAsync(action);
        Assert.True(JsonElement.DeepEquals(JsonSerializer.SerializeToElement(expected, JsonSerializerOptions.Web), call.Payload), $"sent {call.Payload.GetRawText()}");
        await station.AnswerAsync(call, answer);
        using var response = await posted;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{command}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
