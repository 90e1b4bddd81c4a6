using System.Linq.Expressions;
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

    /// <summary>
    /// An EVSE restriction: null for any EVSE, else 1 to <see cref="IdTag.MaxEvseIds"/> distinct EVSE ids, each
    /// positive (OCPP 2.0.1 §2.27 evseId: EVSE ids count from 1; 0 is the station itself, never an EVSE).
    /// </summary>
    public static void EvseIdsRules<T>(this AbstractValidator<T> validator, Expression<Func<T, IEnumerable<int>?>> evseIds)
    {
        var given = evseIds.Compile();
        validator.RuleFor(evseIds)
            .NotEmpty().WithMessage("Give at least one EVSE id, or null for any EVSE.")
            .Must(ids => ids!.Count() <= IdTag.MaxEvseIds).WithMessage($"At most {IdTag.MaxEvseIds} EVSE ids.")
            .Must(ids => ids!.Distinct().Count() == ids!.Count()).WithMessage("Each EVSE id once.")
            .When(r => given(r) is not null);
        validator.RuleForEach(evseIds).GreaterThan(0).WithMessage("An EVSE id is positive.");
    }
}
