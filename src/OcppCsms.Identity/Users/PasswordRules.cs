using FluentValidation;

namespace OcppCsms.Identity.Users;

/// <summary>One password rule for every place a password is set.</summary>
internal static class PasswordRules
{
    public const int MinLength = AdminOptions.PasswordMinLength;
    public const int MaxLength = 128;

    public static IRuleBuilderOptions<T, string> Password<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MinimumLength(MinLength).MaximumLength(MaxLength);
}
