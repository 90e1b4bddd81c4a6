using System.Reflection;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OcppCsms.SharedKernel.Api;

/// <summary>
/// Validates every handler argument that has a FluentValidation validator registered (request bodies and
/// <c>[AsParameters]</c> queries) before the handler runs, answering 400 problem details with an <c>errors</c> map
/// keyed by the JSON (camelCase) field names. A <see cref="PageQuery"/>'s sort field is checked against the fields the
/// endpoint declared with <see cref="WithSortFields{T}"/>.
/// </summary>
public static class RequestValidation
{
    public static TBuilder WithRequestValidation<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilterFactory(Create);
        return builder;
    }

    /// <summary>The fields this list endpoint sorts by; a <c>sort</c> naming another is a 400.</summary>
    public static RouteHandlerBuilder WithSortFields<T>(this RouteHandlerBuilder builder, SortFields<T> sort) => builder.WithMetadata(sort);

    private static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var validated = context.MethodInfo.GetParameters()
            .Select((parameter, index) => (Index: index, Validator: ValidatorFor(context.ApplicationServices, parameter)))
            .Where(p => p.Validator is not null)
            .ToArray();
        if (validated.Length == 0)
        {
            return next;
        }

        return async invocation =>
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var (index, validator) in validated)
            {
                if (invocation.Arguments[index] is not { } argument)
                {
                    continue;
                }

                var result = await validator!.ValidateAsync(new ValidationContext<object>(argument), invocation.HttpContext.RequestAborted);
                foreach (var failure in result.Errors.GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName)))
                {
                    errors[failure.Key] = failure.Select(e => e.ErrorMessage).ToArray();
                }

                if (argument is PageQuery { Sort: not null } page)
                {
                    // A list that declared no sort fields sorts by its default only, rather than fail on an unknown one.
                    var sort = invocation.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ISortFields>();
                    if (sort is null || !sort.IsValid(page.Sort))
                    {
                        errors["sort"] = [sort?.Error ?? "This list has no sort fields."];
                    }
                }
            }

            return errors.Count == 0 ? await next(invocation) : TypedResults.ValidationProblem(errors);
        };
    }

    private static IValidator? ValidatorFor(IServiceProvider services, ParameterInfo parameter) =>
        services.GetService(typeof(IValidator<>).MakeGenericType(parameter.ParameterType)) as IValidator;
}
