using FluentValidation;
using OcppCsms.Authorization.IdTags;

namespace OcppCsms.Authorization.Api;

/// <param name="Status">Nullable only so that a missing status is refused rather than taken as Accepted: a forgotten field must not let a tag charge.</param>
/// <param name="ExpiryDate">After it the tag is Expired; absent: no end date.</param>
/// <param name="ParentIdTag">The group (OCPP 1.6 §3.10); when it is a registered tag, its block or expiry applies to this one.</param>
/// <param name="EvseIds">The only EVSEs the tag may charge at (OCPP 2.0.1 idTokenInfo.evseId); absent: any EVSE.</param>
internal sealed record CreateIdTagRequest(
    string IdTag, StoredIdTagStatus? Status, DateTime? ExpiryDate, string? ParentIdTag, string? Description, IReadOnlyList<int>? EvseIds);

/// <summary>
/// JSON merge patch (RFC 7396): an absent field stays as it is, <c>null</c> clears it (the status cannot be cleared).
/// The serializer calls a setter only for a field the body carries, so each setter notes that its field was given —
/// which a plain nullable property cannot tell from absent.
/// </summary>
internal sealed class UpdateIdTagRequest
{
    private readonly HashSet<string> _given = new(StringComparer.Ordinal);

    public StoredIdTagStatus? Status { get; set => field = Given(value); }

    public DateTime? ExpiryDate { get; set => field = Given(value); }

    public string? ParentIdTag { get; set => field = Given(value); }

    public string? Description { get; set => field = Given(value); }

    /// <summary>Null lifts the restriction: the tag may charge at any EVSE again.</summary>
    public IReadOnlyList<int>? EvseIds { get; set => field = Given(value); }

    public bool Has(string field) => _given.Contains(field);

    /// <summary>The patched value: the body's when it carried the field, <paramref name="current"/> otherwise.</summary>
    public T Or<T>(string field, T given, T current) => Has(field) ? given : current;

    public bool IsEmpty() => _given.Count == 0;

    private T Given<T>(T value, [System.Runtime.CompilerServices.CallerMemberName] string field = "")
    {
        _given.Add(field);
        return value;
    }
}

internal sealed class IdTagFilter
{
    public StoredIdTagStatus? Status { get; set; }

    /// <summary>Members of this group (case-insensitive).</summary>
    public string? ParentIdTag { get; set; }

    /// <summary>Part of the tag or of its description, case-insensitive.</summary>
    public string? Search { get; set; }
}

internal sealed class CreateIdTagRequestValidator : AbstractValidator<CreateIdTagRequest>
{
    public CreateIdTagRequestValidator()
    {
        RuleFor(r => r.IdTag).IdTagValue();
        RuleFor(r => r.Status).NotNull().IsInEnum();
        RuleFor(r => r.ParentIdTag).IdTagValue().When(r => r.ParentIdTag is not null);
        RuleFor(r => r.ParentIdTag)
            .Must((request, parent) => !string.Equals(parent, request.IdTag, StringComparison.OrdinalIgnoreCase))
            .WithMessage("A tag cannot be its own parent.");
        RuleFor(r => r.Description).MaximumLength(IdTag.DescriptionMaxLength);
        this.EvseIdsRules(r => r.EvseIds);
    }
}

internal sealed class UpdateIdTagRequestValidator : AbstractValidator<UpdateIdTagRequest>
{
    public UpdateIdTagRequestValidator()
    {
        RuleFor(r => r.Status).NotNull().WithMessage("The status cannot be cleared.").IsInEnum().When(r => r.Has(nameof(r.Status)));
        RuleFor(r => r.ParentIdTag).IdTagValue().When(r => r.ParentIdTag is not null);
        RuleFor(r => r.Description).MaximumLength(IdTag.DescriptionMaxLength);
        this.EvseIdsRules(r => r.EvseIds);
        RuleFor(r => r).Must(r => !r.IsEmpty()).WithName("body").WithMessage("Give at least one of status, expiryDate, parentIdTag, description, evseIds.");
    }
}

internal sealed class IdTagFilterValidator : AbstractValidator<IdTagFilter>
{
    public IdTagFilterValidator()
    {
        RuleFor(f => f.Status).IsInEnum();
        RuleFor(f => f.ParentIdTag).MaximumLength(IdTag.MaxLength);
        RuleFor(f => f.Search).MaximumLength(IdTag.DescriptionMaxLength);
    }
}
