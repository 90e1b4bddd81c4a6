using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace OcppCsms.Billing.Reports;

/// <summary>How a billing resource is returned: <c>?format=json</c> (the default) or <c>?format=csv</c>; <c>Accept: text/csv</c> also asks for CSV.</summary>
internal sealed class ExportFormat
{
    public const string Json = "json";
    public const string Csv = "csv";

    public string? Format { get; set; }

    /// <summary>CSV when the query says so, or when it says nothing and the client accepts text/csv.</summary>
    public bool IsCsv(HttpRequest request) =>
        Format == Csv || (Format is null && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(CsvText.MediaType, StringComparison.OrdinalIgnoreCase)));
}

internal sealed class ExportFormatValidator : AbstractValidator<ExportFormat>
{
    public ExportFormatValidator()
    {
        RuleFor(f => f.Format).Must(f => f is null or ExportFormat.Json or ExportFormat.Csv).WithMessage("'format' must be 'json' or 'csv'.");
    }
}
