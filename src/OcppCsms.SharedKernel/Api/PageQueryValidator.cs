using FluentValidation;

namespace OcppCsms.SharedKernel.Api;

/// <summary>Bounds shared by every list endpoint; each endpoint adds its own sort fields through <see cref="SortFields"/>.</summary>
public sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, PageQuery.MaxPageSize);
    }
}
