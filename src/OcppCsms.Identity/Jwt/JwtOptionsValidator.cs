using System.Text;
using Microsoft.Extensions.Options;

namespace OcppCsms.Identity.Jwt;

internal sealed class JwtOptionsValidator : IValidateOptions<JwtOptions>
{
    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrEmpty(options.SigningKey) && Encoding.UTF8.GetByteCount(options.SigningKey) < JwtOptions.MinimumKeyBytes)
        {
            failures.Add($"Jwt:SigningKey must be at least {JwtOptions.MinimumKeyBytes} bytes (256 bits) long, or left unset to have one generated and stored.");
        }

        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            failures.Add("Jwt:Issuer must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add("Jwt:Audience must not be empty.");
        }

        if (options.AccessTokenMinutes is < 1 or > 1440)
        {
            failures.Add($"Jwt:AccessTokenMinutes must be between 1 and 1440 (got {options.AccessTokenMinutes}).");
        }

        if (options.RefreshTokenDays is < 1 or > 365)
        {
            failures.Add($"Jwt:RefreshTokenDays must be between 1 and 365 (got {options.RefreshTokenDays}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
