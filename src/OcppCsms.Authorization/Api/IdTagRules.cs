using FluentValidation;
using OcppCsms.Authorization.IdTags;

namespace OcppCsms.Authorization.Api;

/// <summary>The field rules the id tag, reservation and local list requests share.</summary>
internal static class IdTagRules
{
    /// <summary>
    /// OCPP 1.6 §7.28 (CiString: printable ASCII) in the 2.0.1 length (see <see cref="IdTag.MaxLength"/>). Spaces are
    /// refused too: no card reader produces them, and a tag is a path segment of this API.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> IdTagValue<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(IdTag.MaxLength)
            .Matches("^[\\x21-\\x7E]*$").WithMessage("An id tag holds printable ASCII characters only, without spaces.");
}
