using System.Globalization;
using System.Security.Cryptography;

namespace OcppCsms.Transactions.Recording;

/// <summary>
/// Allocates the integer transaction ids of OCPP 1.6 (§6.46: an integer the station echoes in MeterValues and
/// StopTransaction). A random positive 32-bit number needs no counter shared between nodes; the unique index on
/// (station, transaction id) catches the rare collision, and the start is retried with another.
/// </summary>
internal static class TransactionIds
{
    public static string Allocate() => RandomNumberGenerator.GetInt32(1, int.MaxValue).ToString(CultureInfo.InvariantCulture);
}
