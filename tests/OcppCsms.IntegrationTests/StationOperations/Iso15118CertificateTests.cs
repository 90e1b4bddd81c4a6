using System.Text.Json;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;
using static OcppCsms.IntegrationTests.Stations.StationApi;

namespace OcppCsms.IntegrationTests.StationOperations;

/// <summary>
/// Get15118EVCertificate (M01/M02) and GetCertificateStatus (M06) from a real 2.0.1 station with no ISO 15118
/// certificate service configured: each is answered Failed with a statusInfo naming why, never a CALLERROR, and logged.
/// </summary>
public sealed class Iso15118CertificateTests(StationOperationsHostFixture fixture) : IClassFixture<StationOperationsHostFixture>
{
    private const string NoService = """{"reasonCode":"NoCertificateService","additionalInfo":"No ISO 15118 certificate service is configured at this CSMS."}""";

    [Fact]
    public async Task An_ev_certificate_request_fails_naming_the_missing_service_and_is_logged()
    {
        var id = UniqueId("CP-15118");
        await using var station = await fixture.StationAsync(id, "ocpp2.0.1");

        var install = await station.CallAsync("Get15118EVCertificate", new { iso15118SchemaVersion = "urn:iso:15118:2:2013:MsgDef", action = "Install", exiRequest = "gAAB" });
        var update = await station.CallAsync("Get15118EVCertificate", new { iso15118SchemaVersion = "urn:iso:15118:2:2013:MsgDef", action = "Update", exiRequest = "gAAC" });

        foreach (var answer in new[] { install, update })
        {
            Assert.Equal(("Failed", ""), (answer.Text("status"), answer.Text("exiResponse")));
            Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(NoService).RootElement, answer.GetProperty("statusInfo")), answer.GetRawText());
        }

        await LogLineAsync(fixture.Host, l => l.Text("StationId") == id && l.Text("Action") == "Get15118EVCertificate");
    }

    [Fact]
    public async Task A_certificate_status_request_fails_without_an_ocsp_result_naming_the_missing_service_and_is_logged()
    {
        var id = UniqueId("CP-OCSP");
        await using var station = await fixture.StationAsync(id, "ocpp2.0.1");

        var answer = await station.CallAsync("GetCertificateStatus", new
        {
            ocspRequestData = new { hashAlgorithm = "SHA256", issuerNameHash = "0a1b", issuerKeyHash = "2c3d", serialNumber = "1f", responderURL = "http://ocsp.example" },
        });

        Assert.Equal("Failed", answer.Text("status"));
        Assert.False(answer.TryGetProperty("ocspResult", out _));
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(NoService).RootElement, answer.GetProperty("statusInfo")), answer.GetRawText());
        await LogLineAsync(fixture.Host, l => l.Text("StationId") == id && l.Text("Action") == "GetCertificateStatus");
    }
}
