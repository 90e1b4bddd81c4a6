using System.Linq.Expressions;

namespace OcppCsms.SharedKernel.Api;

/// <summary>
/// The fields a list resource may be sorted by, each mapped to its column, and its default order (e.g. <c>-occurredAt</c>).
/// <c>sort=name</c> ascends, <c>sort=-name</c> descends; ties are broken by the key so pages are stable.
/// </summary>
public sealed class SortFields<T>(string defaultSort, Expression<Func<T, object?>> key, IReadOnlyDictionary<string, Expression<Func<T, object?>>> fields)
{
    public bool IsValid(string? sort) => sort is null || fields.ContainsKey(sort.TrimStart('-'));

    /// <summary>The 400 <c>errors</c> entry for a sort field this resource does not have.</summary>
    public Dictionary<string, string[]> Errors => new(StringComparer.Ordinal)
    {
        ["sort"] = [$"Sort by one of: {string.Join(", ", fields.Keys)} (prefix '-' for descending)."],
    };

    public IOrderedQueryable<T> Apply(IQueryable<T> query, string? sort)
    {
        sort ??= defaultSort;
        var field = fields[sort.TrimStart('-')];
        var ordered = sort.StartsWith('-') ? query.OrderByDescending(field) : query.OrderBy(field);
        return ordered.ThenBy(key);
    }
}
