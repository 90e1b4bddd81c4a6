using System.Globalization;

namespace OcppCsms.SharedKernel.Startup;

/// <summary>The one wording of option range failures: each names its key, its bounds and the value it got.</summary>
public static class OptionFailures
{
    public static void AddUnlessBetween(this ICollection<string> failures, string key, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{key} must be between {min} and {max} (got {value})."));
        }
    }
}
