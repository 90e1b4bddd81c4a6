using OcppCsms.Billing.Reports;

namespace OcppCsms.Billing.ChargeDetailRecords;

/// <summary>
/// One charge detail record as CSV: a row per component line, then the Net, Tax and Total rows, every row naming the
/// record, so a spreadsheet of many downloads still tells them apart. Line amounts are exact; the totals are rounded.
/// </summary>
internal static class CdrCsv
{
    public static byte[] Write(ChargeDetailRecord c)
    {
        var csv = new CsvText().Row(
            "cdrId", "transactionId", "stationId", "idTag", "tariff", "tariffVersion", "currency",
            "component", "period", "from", "to", "quantity", "unit", "unitPrice", "amount");
        foreach (var line in c.Lines.OrderBy(l => l.Position))
        {
            csv.Row(c.Id, c.TransactionId, c.StationId, c.IdTag, c.TariffName, c.TariffVersion, c.Currency,
                line.Component, line.Period, line.From, line.To, line.Quantity, line.Unit, line.UnitPrice, line.Amount);
        }

        foreach (var (name, amount) in new[] { ("Net", c.Net), ("Tax", c.Tax), ("Total", c.Total) })
        {
            csv.Row(c.Id, c.TransactionId, c.StationId, c.IdTag, c.TariffName, c.TariffVersion, c.Currency,
                name, null, c.StartedAt, c.StoppedAt, null, null, null, amount);
        }

        return csv.ToUtf8();
    }
}
