namespace OcppCsms.SharedKernel.Api;

/// <summary>One page of a list resource, with what a client needs to fetch the others.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int TotalPages => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}
