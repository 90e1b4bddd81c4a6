using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Security;

/// <summary>A host that accepts request bodies of at most 64 KiB.</summary>
public sealed class SmallBodyHostFixture : IAsyncLifetime
{
    public const int Limit = 65_536;

    private readonly SqliteTestDatabase _database = new();

    internal CsmsProcess Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await CsmsProcess.StartAsync(_database.HostEnvironment(
        ("Api__MaxRequestBodyBytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("RateLimiting__LoginPerMinute", "1000")));

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}

/// <summary>Bodies over <c>Api:MaxRequestBodyBytes</c> are refused with 413 and problem details, however they are framed.</summary>
public sealed class RequestBodyLimitTests(SmallBodyHostFixture fixture) : IClassFixture<SmallBodyHostFixture>
{
    private const int TwoMebibytes = 2 * 1024 * 1024;
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task A_body_over_the_limit_with_a_content_length_gets_413_problem_details_naming_the_limit()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = new ByteArrayContent(LoginBody(TwoMebibytes)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        // As a client sending a large body should (RFC 9110 §10.1.1): the server refuses on the declared length alone, before
        // a byte of the body is sent. Without it the refusal races the upload and the client may see a reset connection.
        request.Headers.ExpectContinue = true;

        var response = await _host.Http.SendAsync(request);

        var problem = await ProblemResponse.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal($"The request body is larger than the {SmallBodyHostFixture.Limit} bytes this server accepts.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_gets_413_problem_details_naming_the_limit()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            // A stream of unknown length: HttpClient sends it chunked, so Kestrel learns the size only while reading.
            Content = new StreamContent(new UnknownLengthStream(LoginBody(TwoMebibytes))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await _host.Http.SendAsync(request);

        var problem = await ProblemResponse.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains($"{SmallBodyHostFixture.Limit} bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_read_and_judged_on_its_content()
    {
        var content = new ByteArrayContent(LoginBody(SmallBodyHostFixture.Limit - 1));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await _host.Http.PostAsync("/api/v1/auth/login", content);

        // Read in full and refused for what it says (the user name is far too long), not for its size.
        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    /// <summary>A valid JSON sign-in of exactly <paramref name="size"/> bytes, so only its size can be wrong.</summary>
    private static byte[] LoginBody(int size)
    {
        const string Prefix = "{\"username\":\"";
        const string Suffix = "\",\"password\":\"irrelevant-password\"}";
        return Encoding.ASCII.GetBytes(Prefix + new string('a', size - Prefix.Length - Suffix.Length) + Suffix);
    }

    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
