using System.Globalization;
using System.Text;

namespace OcppCsms.Billing.Reports;

/// <summary>
/// Writes CSV by RFC 4180: CRLF line ends, a field holding a comma, a quote or a line break enclosed in quotes with its
/// quotes doubled. Numbers and times in the invariant culture (a decimal point, ISO 8601 UTC times), so a file reads the
/// same whatever the server's or the reader's locale; values are written exactly as stored, never rounded.
/// </summary>
internal sealed class CsvText
{
    public const string MediaType = "text/csv";

    private readonly StringBuilder _text = new();

    public CsvText Row(params object?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }

            _text.Append(Field(fields[i]));
        }

        _text.Append("\r\n");
        return this;
    }

    public byte[] ToUtf8() => Encoding.UTF8.GetBytes(_text.ToString());

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            DateTime time => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
