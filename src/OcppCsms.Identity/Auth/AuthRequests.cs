using FluentValidation;
using OcppCsms.Identity.Users;

namespace OcppCsms.Identity.Auth;

internal sealed record LoginRequest(string Username, string Password);

internal sealed record RefreshRequest(string RefreshToken);

internal sealed record LogoutRequest(string RefreshToken);

internal sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);

/// <param name="Type"><c>user</c> or <c>api_key</c>.</param>
internal sealed record MeResponse(string Id, string Name, string Role, string Type);

internal sealed class LoginRequestValidator : AbstractValidator<LoginRequest>
{
    public LoginRequestValidator()
    {
        RuleFor(r => r.Username).NotEmpty().MaximumLength(OperatorUser.UserNameMaxLength);
        RuleFor(r => r.Password).NotEmpty().MaximumLength(PasswordRules.MaxLength);
    }
}

internal sealed class RefreshRequestValidator : AbstractValidator<RefreshRequest>
{
    public RefreshRequestValidator() => RuleFor(r => r.RefreshToken).NotEmpty().MaximumLength(128);
}

internal sealed class LogoutRequestValidator : AbstractValidator<LogoutRequest>
{
    public LogoutRequestValidator() => RuleFor(r => r.RefreshToken).NotEmpty().MaximumLength(128);
}

internal sealed class ChangePasswordRequestValidator : AbstractValidator<ChangePasswordRequest>
{
    public ChangePasswordRequestValidator()
    {
        RuleFor(r => r.CurrentPassword).NotEmpty().MaximumLength(PasswordRules.MaxLength);
        RuleFor(r => r.NewPassword).Password().NotEqual(r => r.CurrentPassword).WithMessage("The new password must differ from the current one.");
    }
}
