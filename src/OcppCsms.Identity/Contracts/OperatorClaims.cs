namespace OcppCsms.Identity.Contracts;

/// <summary>Claims on every operator principal, whether it signed in with a token or an API key.</summary>
public static class OperatorClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";

    /// <summary><c>user</c> or <c>api_key</c>.</summary>
    public const string PrincipalType = "csms_principal";

    /// <summary>API keys only: the key's own requests-per-minute limit, when it has one.</summary>
    public const string RequestsPerMinute = "csms_rate_limit";

    public const string UserPrincipal = "user";
    public const string ApiKeyPrincipal = "api_key";
}
