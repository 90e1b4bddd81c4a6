using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OcppCsms.Host.Security;

/// <summary>
/// Documents what the host's limits add to every API operation, so clients generated from the OpenAPI document expect
/// them: 429 with Retry-After on everything under <c>/api/</c>, and 413 on operations that take a body.
/// </summary>
internal sealed class ApiLimitResponses : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        operation.Responses ??= [];
        operation.Responses.TryAdd("429", new OpenApiResponse
        {
            Description = "Too many requests: the caller's budget for this minute is spent.",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds until the budget is renewed.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                },
            },
            Content = ProblemContent(problem),
        });
        if (operation.RequestBody is not null)
        {
            operation.Responses.TryAdd("413", new OpenApiResponse
            {
                Description = "The request body is larger than Api:MaxRequestBodyBytes.",
                Content = ProblemContent(problem),
            });
        }
    }

    private static Dictionary<string, OpenApiMediaType> ProblemContent(IOpenApiSchema problem) =>
        new() { ["application/problem+json"] = new OpenApiMediaType { Schema = problem } };
}
