using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using OcppCsms.SharedKernel.Api;

namespace OcppCsms.Host.Api;

/// <summary>How every endpoint reads and writes JSON, and how request errors are answered.</summary>
internal static class ApiConventions
{
    public static IServiceCollection AddApiConventions(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(options =>
        {
            // A misspelt property is a client bug that silently drops a value; refuse it instead.
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            options.SerializerOptions.Converters.Add(new UtcDateTimeJsonConverter());
        });

        // Binding failures throw instead of answering an empty 400, so BadRequestExceptionHandler can say what was wrong.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddSingleton<IValidator<PageQuery>, PageQueryValidator>();
        return services;
    }
}
