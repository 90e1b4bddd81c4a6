using Microsoft.EntityFrameworkCore;

namespace OcppCsms.SharedKernel.Api;

public static class PagingExtensions
{
    /// <summary>Sorts, counts and takes one page, in two queries.</summary>
    public static async Task<Page<TResult>> ToPageAsync<T, TResult>(
        this IQueryable<T> query, PageQuery page, SortFields<T> sort, Func<T, TResult> map, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await sort.Apply(query, page.Sort).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return new Page<TResult>(items.Select(map).ToList(), page.PageNumber, page.Size, total);
    }
}
