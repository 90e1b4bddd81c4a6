namespace OcppCsms.Identity.Users;

internal sealed class OperatorUser
{
    public const int UserNameMaxLength = 64;

    public Guid Id { get; init; }

    public required string UserName { get; set; }

    /// <summary>Upper-invariant user name; the unique index makes names case-insensitive.</summary>
    public required string NormalizedUserName { get; set; }

    public string PasswordHash { get; set; } = "";

    public OperatorRole Role { get; set; }

    public DateTime CreatedAt { get; init; }

    /// <summary>Sign-in attempts since the last success or lockout, each counted before its password is checked.</summary>
    public int FailedLoginCount { get; set; }

    /// <summary>Sign-in is refused until this instant, whatever the password.</summary>
    public DateTime? LockoutEnd { get; set; }

    public DateTime? LastLoginAt { get; set; }

    public static string Normalize(string userName) => userName.Trim().ToUpperInvariant();
}
