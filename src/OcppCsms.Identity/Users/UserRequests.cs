using FluentValidation;

namespace OcppCsms.Identity.Users;

internal sealed record UserResponse(Guid Id, string Username, OperatorRole Role, DateTime CreatedAt, DateTime? LastLoginAt, DateTime? LockedUntil)
{
    /// <summary>A lockout that has run out is no lockout: <c>lockedUntil</c> is null then.</summary>
    public static UserResponse From(OperatorUser user, DateTime now) =>
        new(user.Id, user.UserName, user.Role, user.CreatedAt, user.LastLoginAt, user.LockoutEnd > now ? user.LockoutEnd : null);
}

/// <param name="Role">Nullable only so that a missing role is refused: the enum's default is Admin, and an account
/// must never become Admin because a client forgot the field.</param>
internal sealed record CreateUserRequest(string Username, string Password, OperatorRole? Role);

/// <summary>Each field is optional; what is given changes. A new password also unlocks the account and signs it out everywhere.</summary>
internal sealed record UpdateUserRequest(OperatorRole? Role, string? Password);

internal sealed class UserFilter
{
    public OperatorRole? Role { get; set; }

    /// <summary>Part of the user name, case-insensitive.</summary>
    public string? Search { get; set; }
}

internal sealed class CreateUserRequestValidator : AbstractValidator<CreateUserRequest>
{
    public CreateUserRequestValidator()
    {
        RuleFor(r => r.Username).NotEmpty().MaximumLength(OperatorUser.UserNameMaxLength)
            .Matches("^[A-Za-z0-9._@-]+$").WithMessage("A user name holds letters, digits and . _ @ - only.");
        RuleFor(r => r.Password).Password();
        RuleFor(r => r.Role).NotNull().IsInEnum();
    }
}

internal sealed class UpdateUserRequestValidator : AbstractValidator<UpdateUserRequest>
{
    public UpdateUserRequestValidator()
    {
        RuleFor(r => r.Role).IsInEnum();
        RuleFor(r => r.Password!).Password().When(r => r.Password is not null);
        RuleFor(r => r).Must(r => r.Role is not null || r.Password is not null).WithName("body").WithMessage("Give a role, a password or both.");
    }
}

internal sealed class UserFilterValidator : AbstractValidator<UserFilter>
{
    public UserFilterValidator()
    {
        RuleFor(f => f.Role).IsInEnum();
        RuleFor(f => f.Search).MaximumLength(OperatorUser.UserNameMaxLength);
    }
}
