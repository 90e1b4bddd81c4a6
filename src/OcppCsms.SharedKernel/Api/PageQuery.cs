namespace OcppCsms.SharedKernel.Api;

/// <summary>
/// Paging and sorting of every list endpoint, bound from the query with <c>[AsParameters]</c>:
/// <c>?page=2&amp;pageSize=100&amp;sort=-createdAt</c> (a leading '-' sorts descending).
/// </summary>
public sealed class PageQuery
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>1-based page number; default 1.</summary>
    public int? Page { get; set; }

    /// <summary>Items per page, 1 to 500; default 50.</summary>
    public int? PageSize { get; set; }

    /// <summary>A field of the resource, optionally prefixed with '-' for descending order.</summary>
    public string? Sort { get; set; }

    public int PageNumber => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;

    public int Skip => (PageNumber - 1) * Size;
}
