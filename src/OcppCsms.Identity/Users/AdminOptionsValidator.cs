using Microsoft.Extensions.Options;

namespace OcppCsms.Identity.Users;

internal sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Username) || options.Username.Trim().Length > OperatorUser.UserNameMaxLength)
        {
            failures.Add($"Admin:Username must be 1 to {OperatorUser.UserNameMaxLength} characters.");
        }

        if (!string.IsNullOrEmpty(options.Password) && options.Password.Length < AdminOptions.PasswordMinLength)
        {
            failures.Add($"Admin:Password must be at least {AdminOptions.PasswordMinLength} characters (or left unset to have one generated).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
