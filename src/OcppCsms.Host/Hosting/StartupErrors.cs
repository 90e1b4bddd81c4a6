using Microsoft.Extensions.Options;
using OcppCsms.SharedKernel.Startup;

namespace OcppCsms.Host.Hosting;

/// <summary>Turns the failures an operator can fix into the one line they need to read, with the key that is wrong.</summary>
internal static class StartupErrors
{
    public static string? Describe(Exception exception) => exception switch
    {
        StartupException e => e.Message,
        OptionsValidationException e => string.Join(" ", e.Failures),
        AggregateException e when e.InnerExceptions.All(inner => Describe(inner) is not null) =>
            string.Join(" ", e.InnerExceptions.Select(Describe)),

        // The configuration binder names the key: "Failed to convert configuration value 'x' at 'Jwt:AccessTokenMinutes' ...".
        InvalidOperationException e when e.Message.Contains("configuration value", StringComparison.Ordinal) => e.Message,
        _ => null,
    };
}
