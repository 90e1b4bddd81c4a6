using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using OcppCsms.Ocpp.Server.Contracts;

namespace OcppCsms.Authorization.Api;

/// <summary>
/// The gateway's answer to a command (<see cref="CommandHttp"/>: 200, or 409/504/502/400 problems) with what this
/// module adds to it — the reservation id it allocated, the list version it chose — in the 200 body and, where it still
/// means something, as an extension of the problem.
/// </summary>
internal static class CommandAnswers
{
    public static async Task<Results<Ok<T>, ProblemHttpResult>> AnswerAsync<T>(
        CommandResult result, Func<CommandResponse, T> answered, string field, object? value)
    {
        var answer = (await CommandHttp.AnswerAsync(Task.FromResult(result))).Result;
        if (answer is Ok<CommandResponse> { Value: { } response })
        {
            return TypedResults.Ok(answered(response));
        }

        var problem = (ProblemHttpResult)answer;
        if (value is not null)
        {
            problem.ProblemDetails.Extensions[field] = value;
        }

        return problem;
    }
}
