using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Hosting;

/// <summary>One log line per request, and a request id that follows the request from the caller into every log line.</summary>
public sealed class RequestLoggingTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private const string Header = "X-Request-Id";
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task The_callers_request_id_is_echoed_and_the_request_line_carries_method_path_status_duration_and_id()
    {
        var response = await SendAsync("/health/live", "probe-2026.11:42");

        Assert.Equal("probe-2026.11:42", Assert.Single(response.Headers.GetValues(Header)));
        var line = await JsonLineAsync(l => l.TryGetProperty("RequestId", out var id) && id.GetString() == "probe-2026.11:42"
                                            && l.GetProperty("message").GetString()!.StartsWith("HTTP ", StringComparison.Ordinal));
        Assert.Equal("HTTP GET /health/live responded 200 in", line.GetProperty("message").GetString()![..38]);
        Assert.Equal("GET", line.GetProperty("Method").GetString());
        Assert.Equal("/health/live", line.GetProperty("Path").GetString());
        Assert.Equal(200, line.GetProperty("StatusCode").GetInt32());
        Assert.True(line.GetProperty("ElapsedMs").GetDouble() >= 0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("two words")]
    [InlineData("quote\"injection")]
    public async Task A_missing_or_unsafe_request_id_is_replaced_by_a_generated_one(string? sent)
    {
        var first = Assert.Single((await SendAsync("/health/live", sent)).Headers.GetValues(Header));
        var second = Assert.Single((await SendAsync("/health/live", sent)).Headers.GetValues(Header));

        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task An_overlong_request_id_is_replaced()
    {
        var sent = new string('a', 129);

        Assert.Matches("^[0-9a-f]{32}$", Assert.Single((await SendAsync("/health/live", sent)).Headers.GetValues(Header)));
    }

    [Fact]
    public async Task Error_responses_are_problem_details_that_quote_the_request_id()
    {
        var response = await SendAsync("/no/such/endpoint", "lost-42");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("lost-42", problem.GetProperty("requestId").GetString());
    }

    [Fact]
    public async Task Lines_written_during_a_request_carry_its_id()
    {
        using var station = StationClient.Create("ocpp1.6");
        station.Options.SetRequestHeader(Header, "station-upgrade-7");
        await station.ConnectAsync(StationClient.Uri(_host, "CP-LOG"), StationClient.Timeout());

        var connected = await JsonLineAsync(l => l.GetProperty("message").GetString() == "Station CP-LOG connected with ocpp1.6, security profile 0");
        Assert.Equal("station-upgrade-7", connected.GetProperty("RequestId").GetString());
    }

    [Fact]
    public async Task Query_strings_are_kept_out_of_the_log()
    {
        await SendAsync("/health/live?access_token=do-not-log-me", "query-1");

        await JsonLineAsync(l => l.TryGetProperty("RequestId", out var id) && id.GetString() == "query-1");
        Assert.DoesNotContain("do-not-log-me", _host.AllOutput, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string? requestId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (requestId is not null)
        {
            request.Headers.TryAddWithoutValidation(Header, requestId);
        }

        return await _host.Http.SendAsync(request);
    }

    private async Task<JsonElement> JsonLineAsync(Func<JsonElement, bool> predicate)
    {
        var line = await _host.WaitForOutputAsync(l => l.StartsWith('{') && predicate(JsonDocument.Parse(l).RootElement), TimeSpan.FromSeconds(10));
        return JsonDocument.Parse(line).RootElement;
    }
}

public sealed class TextLoggingTests
{
    [Fact]
    public async Task In_development_logs_default_to_text_with_the_request_id_in_the_line_header()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = await CsmsProcess.StartAsync(database.HostEnvironment(("ASPNETCORE_ENVIRONMENT", "Development"), ("Logging__Format", null)));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Request-Id", "text-77");
        await host.Http.SendAsync(request);

        var line = await host.WaitForOutputAsync(l => l.Contains("req=text-77", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Matches(@"^\[\d\d:\d\d:\d\d\.\d{3} INF req=text-77\] OcppCsms\.Host\.Logging\.RequestLogMiddleware: HTTP GET /health/live responded 200 in \d+\.\d ms$", line);
        Assert.DoesNotContain(host.StandardOutput, l => l.StartsWith('{'));
    }
}
