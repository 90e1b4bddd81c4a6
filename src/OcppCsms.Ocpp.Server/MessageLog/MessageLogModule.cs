using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OcppCsms.Ocpp.Server.Persistence;
using OcppCsms.SharedKernel.Persistence;

namespace OcppCsms.Ocpp.Server.MessageLog;

internal static class MessageLogModule
{
    public static void AddMessageLog(this IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<OcppDbContext>(OcppDbContext.Module);
        var services = builder.Services;
        services.AddOptions<MessageLogOptions>().Bind(builder.Configuration.GetSection(MessageLogOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MessageLogOptions>, MessageLogOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OcppMessageLog>();
        // Hosted services stop in reverse order: registered early, the log stops after the sessions and keeps their last lines.
        services.AddHostedService(provider => provider.GetRequiredService<OcppMessageLog>());
        services.AddSingleton<MessageLogRetention>();
        services.AddHostedService(provider => provider.GetRequiredService<MessageLogRetention>());
        services.AddSingleton<IValidator<MessageLogQuery>, MessageLogQueryValidator>();
    }
}
