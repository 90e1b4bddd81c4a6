using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace OcppCsms.Host.Api;

/// <summary>
/// Turns the request errors ASP.NET Core raises before a handler runs (malformed JSON, unknown properties, wrong
/// types, a body over the size limit) into problem details with the status they deserve instead of a 500, and, for
/// JSON, an <c>errors</c> entry naming the field.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        context.Response.StatusCode = bad.StatusCode;
        var problem = new HttpValidationProblemDetails { Status = bad.StatusCode, Title = Title(bad.StatusCode) };
        if (bad.InnerException is JsonException json)
        {
            var field = FieldOf(json.Path);
            problem.Detail = "The request body is not valid for this endpoint.";
            problem.Errors[field] = [Describe(json)];
        }
        else
        {
            problem.Detail = bad.Message;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static string Title(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "Request body too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        _ => "Bad request",
    };

    // "$.role" -> "role", "$.items[2].name" -> "items[2].name", "$" or none -> "body"
    private static string FieldOf(string? path) => path is null or "$" ? "body" : path.TrimStart('$').TrimStart('.');

    // System.Text.Json's messages name CLR types; callers need to know what to change in their JSON instead.
    private static string Describe(JsonException json) => json.Message switch
    {
        var m when m.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) => "Unknown property.",
        var m when m.Contains("could not be converted", StringComparison.Ordinal) =>
            "Invalid value: wrong JSON type, or not one of the allowed values.",
        _ => "Malformed JSON.",
    };
}
