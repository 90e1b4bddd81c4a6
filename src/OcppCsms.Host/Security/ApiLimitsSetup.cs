using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace OcppCsms.Host.Security;

/// <summary>
/// The request body limit, enforced by Kestrel for every request (JSON, forms or raw streams alike, with a
/// Content-Length or chunked), before any of it is buffered. WebSocket upgrades have no body, so OCPP frames are not
/// affected. The 413 is answered with problem details whichever way it surfaces: thrown to
/// <c>BadRequestExceptionHandler</c>, or (as minimal API body binding does) set as the status and written by the status
/// code pages; either way the detail names the limit, which is what the caller needs to fix the request.
/// </summary>
internal static class ApiLimitsSetup
{
    public static WebApplicationBuilder AddCsmsApiLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiLimitsOptions>().Bind(builder.Configuration.GetSection(ApiLimitsOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ApiLimitsOptions>, ApiLimitsOptionsValidator>();
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<ApiLimitsOptions>>((kestrel, api) =>
            kestrel.Limits.MaxRequestBodySize = api.Value.MaxRequestBodyBytes);
        // After the host's own customisation (the request id), which stays in force.
        builder.Services.AddOptions<ProblemDetailsOptions>().PostConfigure<IOptions<ApiLimitsOptions>>((problems, api) =>
        {
            var previous = problems.CustomizeProblemDetails;
            problems.CustomizeProblemDetails = context =>
            {
                previous?.Invoke(context);
                if (context.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge && context.ProblemDetails.Detail is null)
                {
                    context.ProblemDetails.Detail = $"The request body is larger than the {api.Value.MaxRequestBodyBytes} bytes this server accepts.";
                }
            };
        });
        return builder;
    }
}
