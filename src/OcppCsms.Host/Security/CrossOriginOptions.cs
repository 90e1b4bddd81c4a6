namespace OcppCsms.Host.Security;

/// <summary>The <c>Cors</c> section: which browser origins may call the API with the user's credentials.</summary>
internal sealed class CrossOriginOptions
{
    public const string SectionName = "Cors";

    /// <summary>Origins such as <c>https://dashboard.example.com</c>. Empty (the default): no cross-origin access at all.</summary>
    public List<string> AllowedOrigins { get; set; } = [];
}
