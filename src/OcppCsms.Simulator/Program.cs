using OcppCsms.Simulator.Cli;

namespace OcppCsms.Simulator;

/// <summary>
/// The entry point of <c>ocpp-sim</c>. A named class rather than top-level statements: the integration tests run the
/// simulator in-process through <see cref="SimulatorCommand"/> and also see the host's <c>Program</c>.
/// </summary>
internal static class SimulatorProgram
{
    public static Task<int> Main(string[] args) => SimulatorCommand.InvokeAsync(args, Console.Out, Console.Error, CancellationToken.None);
}
