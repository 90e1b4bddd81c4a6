namespace OcppCsms.Identity.Users;

/// <summary>The <c>Admin</c> section: the first operator account, created on a start that finds none.</summary>
internal sealed class AdminOptions
{
    public const string SectionName = "Admin";
    public const int PasswordMinLength = 12;

    public string Username { get; set; } = "admin";

    /// <summary>When absent, a strong password is generated and printed once to the console.</summary>
    public string? Password { get; set; }
}
