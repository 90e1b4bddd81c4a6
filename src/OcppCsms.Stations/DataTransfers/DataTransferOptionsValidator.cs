using Microsoft.Extensions.Options;

namespace OcppCsms.Stations.DataTransfers;

internal sealed class DataTransferOptionsValidator : IValidateOptions<DataTransferOptions>
{
    private const string Key = $"{DataTransferOptions.SectionName}:AcceptedVendors";

    public ValidateOptionsResult Validate(string? name, DataTransferOptions options)
    {
        var failures = new List<string>();
        if (options.AcceptedVendors.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{Key} holds an empty vendor id.");
        }

        failures.AddRange(options.AcceptedVendors.Where(vendor => vendor?.Length > DataTransferOptions.VendorIdMaxLength)
            .Select(vendor => $"{Key} holds a vendor id longer than {DataTransferOptions.VendorIdMaxLength} characters ('{vendor[..20]}...')."));
        failures.AddRange(options.AcceptedVendors.Where(vendor => !string.IsNullOrWhiteSpace(vendor))
            .GroupBy(vendor => vendor, StringComparer.OrdinalIgnoreCase).Where(same => same.Count() > 1)
            .Select(same => $"{Key} names '{same.Key}' more than once (vendor ids are compared without regard to case)."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
