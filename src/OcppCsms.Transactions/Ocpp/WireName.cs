using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace OcppCsms.Transactions.Ocpp;

/// <summary>
/// An OCPP enumeration value as it is written on the wire ("Energy.Active.Import.Register", "L1-N"): the version-neutral
/// model keeps the station's words, not the C# member names.
/// </summary>
internal static class WireName
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Names.GetOrAdd(value, static v =>
        {
            var name = v.ToString();
            return v.GetType().GetField(name)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? name;
        });
}
