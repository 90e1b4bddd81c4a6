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
/// keyed by the JSON (camelCase) field names.
/// </summary>
public static class RequestValidation
{
    public static TBuilder WithRequestValidation<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilterFactory(Create);
        return builder;
    }

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
            }

            return errors.Count == 0 ? await next(invocation) : TypedResults.ValidationProblem(errors);
        };
    }

    private static IValidator? ValidatorFor(IServiceProvider services, ParameterInfo parameter) =>
        services.GetService(typeof(IValidator<>).MakeGenericType(parameter.ParameterType)) as IValidator;
}
