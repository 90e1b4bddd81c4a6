using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace OcppCsms.Host.Api;

/// <summary>
/// Turns the request errors ASP.NET Core raises before a handler runs (malformed JSON, unknown properties, wrong
/// types, unreadable query values, a missing body, a body over the size limit) into problem details with the status
/// they deserve instead of a 500, with an <c>errors</c> entry naming the field, and without the CLR type names the
/// framework's messages carry.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        context.Response.StatusCode = bad.StatusCode;
        var problem = new HttpValidationProblemDetails { Status = bad.StatusCode, Title = Title(bad.StatusCode) };
        if (bad.InnerException is JsonException json && MissingRequired().Match(json.Message) is { Success: true } required)
        {
            // A nested object without a property its record requires: name each missing one by its full path.
            problem.Detail = "The request body is not valid for this endpoint.";
            foreach (var name in required.Groups["names"].Value.Split(", ").Select(quoted => quoted.Trim('\'')))
            {
                problem.Errors[Join(FieldOf(json.Path), name)] = ["Required."];
            }
        }
        else if (bad.InnerException is JsonException other)
        {
            problem.Detail = "The request body is not valid for this endpoint.";
            problem.Errors[FieldOf(other.Path)] = [Describe(other)];
        }
        else if (BindingFailure().Match(bad.Message) is { Success: true } binding)
        {
            problem.Detail = "A parameter has a value this endpoint cannot read.";
            problem.Errors[JsonNamingPolicy.CamelCase.ConvertName(binding.Groups["name"].Value)] = [$"'{binding.Groups["value"].Value}' is not a valid value."];
        }
        else if (MissingParameter().Match(bad.Message) is { Success: true } missing)
        {
            var body = missing.Groups["source"].Value == "body";
            problem.Detail = body ? "A JSON body is required." : "A required parameter is missing.";
            problem.Errors[body ? "body" : JsonNamingPolicy.CamelCase.ConvertName(missing.Groups["name"].Value)] = ["Required."];
        }
        else if (bad.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal))
        {
            problem.Detail = "A JSON body is required.";
            problem.Errors["body"] = ["Required."];
        }
        else if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            problem.Detail = "Send the body as application/json.";
        }
        else
        {
            // The framework's remaining messages (e.g. the 413 from Kestrel) are written for callers and name no CLR types.
            problem.Detail = bad.Message;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    // RequestDelegateFactory's messages: 'Failed to bind parameter "Nullable<int> Page" from "abc".'
    [GeneratedRegex("""^Failed to bind parameter "[^"]* (?<name>\w+)" from "(?<value>[^"]*)"\.$""")]
    private static partial Regex BindingFailure();

    // 'Required parameter "string Name" was not provided from query string.' / '... from body.'
    [GeneratedRegex("""^Required parameter "[^"]* (?<name>\w+)" was not provided from (?<source>[\w ]+)\.$""")]
    private static partial Regex MissingParameter();

    // System.Text.Json: "JSON deserialization for type 'X' was missing required properties including: 'kind', 'schedule'."
    [GeneratedRegex("""missing required properties including: (?<names>'[^']+'(?:, '[^']+')*)""")]
    private static partial Regex MissingRequired();

    private static string Join(string field, string name) => field == "body" ? name : $"{field}.{name}";

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
