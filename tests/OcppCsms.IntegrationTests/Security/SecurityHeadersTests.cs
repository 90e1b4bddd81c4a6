using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using OcppCsms.IntegrationTests.Infrastructure;

namespace OcppCsms.IntegrationTests.Security;

/// <summary>Every HTTP answer tells browsers not to sniff, frame, leak or (for the API) cache it, and Swagger UI still works.</summary>
public sealed partial class SecurityHeadersTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>
{
    private const string DataPolicy = "default-src 'none'; frame-ancestors 'none'";
    private readonly CsmsProcess _host = fixture.Host;

    [Fact]
    public async Task An_api_answer_carries_the_headers_a_strict_policy_and_no_store()
    {
        using var admin = await OperatorSession.BearerClientAsync(_host);

        var response = await admin.GetAsync("/api/v1/auth/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertCommonHeaders(response);
        Assert.Equal(DataPolicy, Header(response, "Content-Security-Policy"));
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store expected on API answers");
    }

    [Fact]
    public async Task An_error_written_by_the_exception_handler_keeps_the_headers()
    {
        // Malformed JSON: the exception handler clears the response before writing its problem details.
        using var content = new StringContent("{\"username\":", Encoding.UTF8, "application/json");

        var response = await _host.Http.PostAsync("/api/v1/auth/login", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertCommonHeaders(response);
        Assert.Equal(DataPolicy, Header(response, "Content-Security-Policy"));
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store expected on API answers");
    }

    [Theory]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    public async Task Answers_outside_the_api_carry_the_headers_and_the_strict_policy(string path, HttpStatusCode status)
    {
        var response = await _host.Http.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertCommonHeaders(response);
        Assert.Equal(DataPolicy, Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Swagger_ui_gets_a_policy_that_allows_only_its_own_files_and_every_file_its_page_needs_is_served()
    {
        var page = await _host.Http.GetAsync("/swagger/index.html");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        AssertCommonHeaders(page);
        var policy = Header(page, "Content-Security-Policy");
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);

        // 'self' is enough only while the page has no inline script or style and loads everything from here.
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        var resources = ResourceReference().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.Contains("index.js", resources);
        Assert.Contains("./swagger-ui.css", resources);
        foreach (var resource in resources)
        {
            Assert.DoesNotContain("//", resource, StringComparison.Ordinal);
            var file = await _host.Http.GetAsync(new Uri(new Uri(_host.BaseAddress, "/swagger/"), resource));
            Assert.True(file.StatusCode == HttpStatusCode.OK, $"{resource}: {(int)file.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.OK, (await _host.Http.GetAsync("/swagger/v1/swagger.json")).StatusCode);
    }

    [Fact]
    public async Task The_one_inline_style_swagger_ui_needs_is_allowed_by_its_exact_hash()
    {
        // The standalone layout renders its logo SVG with this <style>; a Swashbuckle upgrade that changes it needs a new hash.
        const string LogoStyle = ".logo_small_svg__cls-2{fill:#fff}.logo_small_svg__cls-3{fill:#85ea2d}";
        var preset = await _host.Http.GetStringAsync("/swagger/swagger-ui-standalone-preset.js");
        var bundle = await _host.Http.GetStringAsync("/swagger/swagger-ui-bundle.js");
        var policy = Header(await _host.Http.GetAsync("/swagger/index.html"), "Content-Security-Policy");

        // The only <style> element swagger-ui creates is that one.
        Assert.Equal(1, Occurrences(preset + bundle, "createElement(\"style\""));
        Assert.Contains($"createElement(\"style\",null,\"{LogoStyle}\")", preset, StringComparison.Ordinal);
        Assert.Contains($"style-src 'self' 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(LogoStyle)))}';", policy, StringComparison.Ordinal);
    }

    private static void AssertCommonHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    private static int Occurrences(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;

    private static string Header(HttpResponseMessage response, string name) => Assert.Single(response.Headers.GetValues(name));

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>|<script[^>]*>[^<\s]", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"(?:src|href)=""(?<url>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex ResourceReference();
}
