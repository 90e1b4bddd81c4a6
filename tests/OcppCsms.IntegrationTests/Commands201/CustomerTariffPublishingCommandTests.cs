using System.Net;
using OcppCsms.IntegrationTests.Commands;
using static OcppCsms.IntegrationTests.Commands.CommandApi;
using static OcppCsms.IntegrationTests.Identity.IdentityApi;

namespace OcppCsms.IntegrationTests.Commands201;

/// <summary>
/// CustomerInformation (N09/N10), CostUpdated (I02), PublishFirmware/UnpublishFirmware (L03/L04) and GetChargingProfiles
/// (K09): the exact frame sent, the answer passed on, 1.6 refused.
/// </summary>
[Collection(CommandsCollection.Name)]
public sealed class CustomerTariffPublishingCommandTests(CommandsHost fixture)
{
    private const string Md5 = "9e107d9d372bb6826bd81d3542a419d6";

    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task Customer_information_allocates_a_requestId_and_names_the_customer_one_way()
    {
        await using var station = await fixture.StationAsync("CP-CUSTOMER", "ocpp2.0.1");
        var (sent, answer) = await RoundTripAsync(Admin, station, "customer-information",
            new { report = true, clear = false, idToken = new { idToken = "04A1B2C3", type = "ISO14443" } }, "CustomerInformation", """{"status":"Accepted"}""");
        AssertJson($$$"""{"requestId":{{{answer.GetProperty("ocppRequestId").GetInt32()}}},"report":true,"clear":false,"idToken":{"idToken":"04A1B2C3","type":"ISO14443"}}""", sent);

        (sent, answer) = await RoundTripAsync(Admin, station, "customer-information",
            new { report = false, clear = true, customerCertificate = new { hashAlgorithm = "SHA256", issuerNameHash = "ab01", issuerKeyHash = "cd02", serialNumber = "1f" } },
            "CustomerInformation", """{"status":"Rejected"}""");
        AssertJson($$$"""
            {"requestId":{{{answer.GetProperty("ocppRequestId").GetInt32()}}},"report":false,"clear":true,
             "customerCertificate":{"hashAlgorithm":"SHA256","issuerNameHash":"ab01","issuerKeyHash":"cd02","serialNumber":"1f"}}
            """, sent);

        var problem = await ProblemAsync(await PostAsync(Admin, station.Id, "customer-information",
            new { report = true, clear = false, customerIdentifier = "C-1", idToken = new { idToken = "04A1B2C3", type = "ISO14443" } }), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("customerIdentifier", out _), problem.GetRawText());
        problem = await ProblemAsync(await PostAsync(Admin, station.Id, "customer-information", new { report = false, clear = false, customerIdentifier = "C-1" }),
            HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("report", out _), problem.GetRawText());
    }

    [Fact]
    public async Task Cost_updated_sends_the_total_cost_and_transaction()
    {
        await using var station = await fixture.StationAsync("CP-COST", "ocpp2.0.1");
        var (sent, answer) = await RoundTripAsync(Admin, station, "cost-updated", new { totalCost = 12.34, transactionId = "tx-7" }, "CostUpdated", "{}");
        AssertJson("""{"totalCost":12.34,"transactionId":"tx-7"}""", sent);
        Assert.False(answer.TryGetProperty("ocppRequestId", out _));

        var problem = await ProblemAsync(await PostAsync(Admin, station.Id, "cost-updated", new { totalCost = 1 }), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("transactionId", out _), problem.GetRawText());
    }

    [Fact]
    public async Task Publish_firmware_allocates_a_requestId_and_unpublish_names_the_checksum()
    {
        await using var station = await fixture.StationAsync("CP-PUBLISH", "ocpp2.0.1");
        var (sent, answer) = await RoundTripAsync(Admin, station, "publish-firmware",
            new { location = "https://firmware.example.com/lc-2.1.bin", checksum = Md5, retries = 3, retryInterval = 60 }, "PublishFirmware", """{"status":"Accepted"}""");
        AssertJson($$$"""
            {"location":"https://firmware.example.com/lc-2.1.bin","retries":3,"checksum":"{{{Md5}}}","requestId":{{{answer.GetProperty("ocppRequestId").GetInt32()}}},"retryInterval":60}
            """, sent);

        (sent, _) = await RoundTripAsync(Admin, station, "unpublish-firmware", new { checksum = Md5 }, "UnpublishFirmware", """{"status":"Unpublished"}""");
        AssertJson($$$"""{"checksum":"{{{Md5}}}"}""", sent);

        var problem = await ProblemAsync(await PostAsync(Admin, station.Id, "publish-firmware", new { location = "https://firmware.example.com/x.bin", checksum = "abc" }),
            HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("checksum", out _), problem.GetRawText());
    }

    [Fact]
    public async Task Get_charging_profiles_allocates_a_requestId_and_sends_the_criterion_in_2_0_1_names()
    {
        await using var station = await fixture.StationAsync("CP-GETPROFILES", "ocpp2.0.1");
        var (sent, answer) = await RoundTripAsync(Admin, station, "get-charging-profiles",
            new { evseId = 0, chargingProfile = new { chargingProfilePurpose = "ChargePointMaxProfile", stackLevel = 1, chargingLimitSource = new[] { "EMS", "CSO" } } },
            "GetChargingProfiles", """{"status":"Accepted"}""");
        AssertJson($$$"""
            {"requestId":{{{answer.GetProperty("ocppRequestId").GetInt32()}}},"evseId":0,
             "chargingProfile":{"chargingProfilePurpose":"ChargingStationMaxProfile","stackLevel":1,"chargingLimitSource":["EMS","CSO"]}}
            """, sent);

        (sent, answer) = await RoundTripAsync(Admin, station, "get-charging-profiles", new { chargingProfile = new { chargingProfileId = new[] { 5 } } },
            "GetChargingProfiles", """{"status":"NoProfiles"}""");
        AssertJson($$$"""{"requestId":{{{answer.GetProperty("ocppRequestId").GetInt32()}}},"chargingProfile":{"chargingProfileId":[5]}}""", sent);

        var problem = await ProblemAsync(await PostAsync(Admin, station.Id, "get-charging-profiles", new { evseId = 1 }), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("chargingProfile", out _), problem.GetRawText());
    }

    [Fact]
    public async Task A_1_6_station_gets_none_of_them()
    {
        await using var station = await fixture.StationAsync("CP-CUSTOMER-16");
        await RefusedAsync(Admin, station, "customer-information", new { report = true, clear = false, customerIdentifier = "C-1" }, "NotImplemented");
        await RefusedAsync(Admin, station, "cost-updated", new { totalCost = 1, transactionId = "1" }, "NotImplemented");
        await RefusedAsync(Admin, station, "unpublish-firmware", new { checksum = Md5 }, "NotImplemented");
        var problem = await RefusedAsync(Admin, station, "get-charging-profiles", new { chargingProfile = new { } }, "NotImplemented");
        Assert.Contains("OCPP 1.6 has no GetChargingProfiles", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
