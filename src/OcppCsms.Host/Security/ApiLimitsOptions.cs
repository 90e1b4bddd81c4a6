namespace OcppCsms.Host.Security;

/// <summary>The <c>Api</c> section: limits on what one HTTP request may carry.</summary>
internal sealed class ApiLimitsOptions
{
    public const string SectionName = "Api";

    /// <summary>The largest request body Kestrel accepts, in bytes; a larger one is answered 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;
}
