using System.Globalization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OcppCsms.Authorization.Persistence;

/// <summary>
/// An id tag's EVSE ids as one comma-joined text column ("1,2"): the same on SQLite and PostgreSQL, where a primitive
/// collection would be JSON on one and an array on the other. Null stays null (any EVSE).
/// </summary>
internal static class EvseIdsColumn
{
    public static readonly ValueConverter<IReadOnlyList<int>?, string?> Converter = new(
        ids => ids == null ? null : string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture))),
        text => text == null ? null : text.Split(',', StringSplitOptions.None).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToArray());

    public static readonly ValueComparer<IReadOnlyList<int>?> Comparer = new(
        (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
        ids => ids == null ? 0 : ids.Aggregate(0, (hash, id) => HashCode.Combine(hash, id)),
        ids => ids == null ? null : ids.ToArray());
}
