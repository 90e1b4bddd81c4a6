using System.Linq.Expressions;

namespace OcppCsms.SharedKernel.Api;

/// <summary>What request validation needs of an endpoint's sort fields, whatever the resource type.</summary>
internal interface ISortFields
{
    bool IsValid(string? sort);

    string Error { get; }
}

/// <summary>
/// The fields a list resource may be sorted by, each mapped to its column, and its default order (e.g. <c>-occurredAt</c>).
/// <c>sort=name</c> ascends, <c>sort=-name</c> descends; ties are broken by the key so pages are stable. An endpoint
/// declares them with <see cref="RequestValidation.WithSortFields{T}"/>, and request validation refuses other fields.
/// </summary>
public sealed class SortFields<T>(string defaultSort, Expression<Func<T, object?>> key, IReadOnlyDictionary<string, Expression<Func<T, object?>>> fields)
    : ISortFields
{
    public bool IsValid(string? sort) => sort is null || fields.ContainsKey(sort.TrimStart('-'));

    /// <summary>The 400 <c>errors.sort</c> message for a sort field this resource does not have.</summary>
    public string Error => $"Sort by one of: {string.Join(", ", fields.Keys)} (prefix '-' for descending).";

    public IOrderedQueryable<T> Apply(IQueryable<T> query, string? sort)
    {
        sort ??= defaultSort;
        var field = fields[sort.TrimStart('-')];
        var ordered = sort.StartsWith('-') ? query.OrderByDescending(field) : query.OrderBy(field);
        return ordered.ThenBy(key);
    }
}
