using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using OcppCsms.Simulator.Stats;

namespace OcppCsms.Simulator.Cli;

/// <summary>
/// The command line: every option with its default and its rule. A value that breaks a rule stops the program before
/// anything connects, with a message that names the option, and exit code 1.
/// </summary>
internal static class SimulatorCommand
{
    /// <summary>A station identity is at most 48 characters (OCPP 2.0.1 part 4 §3.1.1, the CSMS's registry); five are the number.</summary>
    private const int IdPrefixMaxLength = 43;

    private static readonly Dictionary<string, ProtocolChoice> Protocols = new(StringComparer.Ordinal)
    {
        ["ocpp1.6"] = ProtocolChoice.Ocpp16,
        ["ocpp2.0.1"] = ProtocolChoice.Ocpp201,
        ["mixed"] = ProtocolChoice.Mixed,
    };

    private static readonly Dictionary<string, Scenario> Scenarios = new(StringComparer.Ordinal)
    {
        ["charge"] = Scenario.Charge,
        ["idle"] = Scenario.Idle,
        ["heartbeat-burst"] = Scenario.HeartbeatBurst,
        ["metervalues-burst"] = Scenario.MeterValuesBurst,
        ["boot-storm"] = Scenario.BootStorm,
        ["mixed"] = Scenario.Mixed,
    };

    public static Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var url = new Option<string>("--url") { Description = "The CSMS's OCPP WebSocket URL, without the station identity.", DefaultValueFactory = _ => "ws://127.0.0.1:5000/ocpp" };
        var stations = new Option<int>("--stations") { Description = "How many stations to simulate.", DefaultValueFactory = _ => 1 };
        var protocol = new Option<string>("--protocol") { Description = "ocpp1.6, ocpp2.0.1, or mixed (every second station 2.0.1).", DefaultValueFactory = _ => "ocpp1.6" };
        protocol.AcceptOnlyFromAmong([.. Protocols.Keys]);
        var scenario = new Option<string>("--scenario") { Description = "charge: realistic stations. Load mode: idle (heartbeats), heartbeat-burst, metervalues-burst (10 values each), boot-storm (connect, boot, close, again), mixed (idle, 30 % charging).", DefaultValueFactory = _ => "charge" };
        scenario.AcceptOnlyFromAmong([.. Scenarios.Keys]);
        var idPrefix = new Option<string>("--id-prefix") { Description = "Station identities are this prefix and a 5-digit number.", DefaultValueFactory = _ => "SIM-" };
        var idTag = new Option<string>("--id-tag") { Description = "Drivers' tags are this prefix and the connector's 5-digit number in the fleet (SIM-TAG00001 ...); --register registers them.", DefaultValueFactory = _ => "SIM-TAG" };
        var passwordFile = new Option<FileInfo?>("--password-file") { Description = "Basic passwords: 'stationId:password' lines, or one line with the password of all stations." };
        var connectors = new Option<int>("--connectors") { Description = "Connectors (1.6) or EVSEs (2.0.1) per station.", DefaultValueFactory = _ => 2 };
        var meterInterval = new Option<int>("--meter-interval") { Description = "Seconds between meter values of a running session.", DefaultValueFactory = _ => 10 };
        var heartbeatInterval = new Option<int?>("--heartbeat-interval") { Description = "Seconds between heartbeats; default: the interval of the BootNotification answer." };
        var sessionMinutes = new Option<double>("--session-minutes") { Description = "The longest session; each lasts a random 10-100 % of it, with a pause of 10-50 % of it before the next.", DefaultValueFactory = _ => 5 };
        var duration = new Option<int?>("--duration") { Description = "Seconds to run; default: until Ctrl+C." };
        var apiUrl = new Option<string?>("--api-url") { Description = "The CSMS's REST API for --register; default: the host of --url over http(s)." };
        var apiKey = new Option<string?>("--api-key") { Description = "An Operator API key for --register (or the CSMS_API_KEY environment variable)." };
        var apiUser = new Option<string?>("--api-user") { Description = "Instead of --api-key: an Operator account --register signs in with; its password in CSMS_API_PASSWORD." };
        var register = new Option<bool>("--register") { Description = "Register the stations (and the id tag, Accepted) through the REST API before connecting." };
        var ramp = new Option<double>("--ramp") { Description = "Stations started per second.", DefaultValueFactory = _ => 50 };
        var offlineAfter = new Option<int?>("--offline-after") { Description = "Seconds into the run when every station loses its connection once." };
        var offlineFor = new Option<int>("--offline-for") { Description = "Seconds the outage of --offline-after lasts.", DefaultValueFactory = _ => 30 };
        var callTimeout = new Option<int>("--call-timeout") { Description = "Seconds a station waits for an answer to a CALL.", DefaultValueFactory = _ => 30 };
        var sourceAddresses = new Option<int>("--source-addresses") { Description = "Spread the stations over the source addresses 127.0.0.1 ... 127.0.0.N (a loopback CSMS only).", DefaultValueFactory = _ => 1 };
        var inFlight = new Option<int>("--in-flight") { Description = "Burst scenarios: CALLs each station keeps in flight.", DefaultValueFactory = _ => 1 };
        var rate = new Option<double?>("--rate") { Description = "Burst scenarios, paced: this many messages per second over the whole fleet, sent on schedule whether or not the answers are back (latency counts from the scheduled time)." };
        var csmsPid = new Option<int?>("--csms-pid") { Description = "Load mode: report the resident memory of this CSMS process (Linux /proc)." };
        var backoffMinimum = new Option<int>("--retry-backoff-wait-minimum") { Description = "Seconds before the first reconnection attempt (OCPPCommCtrlr.RetryBackOffWaitMinimum).", DefaultValueFactory = _ => 2 };
        var backoffRandom = new Option<int>("--retry-backoff-random-range") { Description = "Most seconds of random wait added to each attempt (RetryBackOffRandomRange).", DefaultValueFactory = _ => 5 };
        var backoffRepeat = new Option<int>("--retry-backoff-repeat-times") { Description = "How often the wait doubles (RetryBackOffRepeatTimes).", DefaultValueFactory = _ => 5 };

        AtLeast(stations, 1);
        Check(stations, v => v <= 99_999, "--stations must be at most 99999.");
        AtLeast(connectors, 1);
        AtLeast(meterInterval, 1);
        AtLeast(offlineFor, 1);
        AtLeast(callTimeout, 1);
        AtLeast(backoffMinimum, 0);
        AtLeast(backoffRandom, 0);
        AtLeast(backoffRepeat, 0);
        AtLeast(inFlight, 1);
        Check(sourceAddresses, v => v is >= 1 and <= 254, "--source-addresses must be 1 to 254.");
        Check(csmsPid, v => v is null or > 0, "--csms-pid must be a process id.");
        Check(url, u => AbsoluteUrl(u, "ws", "wss") is not null, "--url must be a ws:// or wss:// URL.");
        Check(apiUrl, u => u is null || AbsoluteUrl(u, "http", "https") is not null, "--api-url must be an http:// or https:// URL.");
        Check(heartbeatInterval, v => v is null or > 0, "--heartbeat-interval must be at least 1.");
        Check(duration, v => v is null or > 0, "--duration must be at least 1.");
        Check(offlineAfter, v => v is null or > 0, "--offline-after must be at least 1.");
        Check(sessionMinutes, v => v > 0, "--session-minutes must be more than 0.");
        Check(ramp, v => v > 0, "--ramp must be more than 0.");
        Check(rate, v => v is null or > 0, "--rate must be more than 0.");
        Check(connectors, v => v <= 100, "--connectors must be at most 100.");
        Check(idPrefix, v => v.Length <= IdPrefixMaxLength && !v.Contains(':', StringComparison.Ordinal) && !v.Any(char.IsWhiteSpace),
            $"--id-prefix must be at most {IdPrefixMaxLength} characters, without ':' or spaces.");
        // OCPP 1.6 §7.28 IdToken is CiString20Type (2.0.1 allows 36, the smaller bound serves both); five are the number.
        Check(idTag, v => v.Length is >= 1 and <= 15 && v.All(c => c is > ' ' and <= '~'), "--id-tag must be 1-15 printable ASCII characters without spaces.");

        var root = new RootCommand("Simulated OCPP 1.6 / 2.0.1 charging stations for OcppCsms: a demo fleet and a load generator.")
        {
            url, stations, protocol, scenario, idPrefix, idTag, passwordFile, connectors, meterInterval, heartbeatInterval, sessionMinutes,
            duration, apiUrl, apiKey, apiUser, register, ramp, offlineAfter, offlineFor, callTimeout, backoffMinimum, backoffRandom, backoffRepeat, sourceAddresses, inFlight, rate, csmsPid,
        };
        root.Validators.Add(command =>
        {
            var key = command.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("CSMS_API_KEY");
            var signIn = command.GetValue(apiUser) is { Length: > 0 } && Environment.GetEnvironmentVariable("CSMS_API_PASSWORD") is { Length: > 0 };
            if (command.GetValue(register) && string.IsNullOrEmpty(key) && !signIn)
            {
                command.AddError("--register needs --api-key (or CSMS_API_KEY), or --api-user with CSMS_API_PASSWORD: an operator of the Operator role.");
            }

            var load = (command.GetValue(scenario) ?? "charge") != "charge";
            if (!load && (command.GetResult(inFlight) is { Implicit: false } || command.GetValue(csmsPid) is not null))
            {
                command.AddError("--in-flight and --csms-pid are load-mode options: pick a load --scenario.");
            }

            if (command.GetValue(rate) is not null && (command.GetValue(scenario) ?? "charge") is not ("heartbeat-burst" or "metervalues-burst"))
            {
                command.AddError("--rate paces the burst scenarios: pick --scenario heartbeat-burst or metervalues-burst.");
            }

            if (load && command.GetValue(offlineAfter) is not null)
            {
                command.AddError("--offline-after simulates an outage of the charge scenario only.");
            }

            if (command.GetResult(offlineFor) is { Implicit: false } && command.GetValue(offlineAfter) is null)
            {
                command.AddError("--offline-for needs --offline-after.");
            }
        });

        root.SetAction(async (parse, cancellationToken) =>
        {
            var passwords = new PasswordFile(new Dictionary<string, string>(), null);
            if (parse.GetValue(passwordFile) is { } file && !PasswordFile.TryRead(file.FullName, out passwords, out var problem))
            {
                await error.WriteLineAsync(problem);
                return 1;
            }

            var wsUrl = AbsoluteUrl(parse.GetValue(url)!, "ws", "wss")!;
            var options = new SimulatorOptions
            {
                Url = wsUrl,
                Stations = parse.GetValue(stations),
                Protocol = Protocols[parse.GetValue(protocol)!],
                Scenario = Scenarios[parse.GetValue(scenario)!],
                IdPrefix = parse.GetValue(idPrefix)!,
                IdTag = parse.GetValue(idTag)!,
                Passwords = passwords.ByStation,
                SharedPassword = passwords.Shared,
                Connectors = parse.GetValue(connectors),
                MeterInterval = TimeSpan.FromSeconds(parse.GetValue(meterInterval)),
                HeartbeatInterval = parse.GetValue(heartbeatInterval) is { } heartbeat ? TimeSpan.FromSeconds(heartbeat) : null,
                SessionLength = TimeSpan.FromMinutes(parse.GetValue(sessionMinutes)),
                Duration = parse.GetValue(duration) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                ApiUrl = (parse.GetValue(apiUrl) is { } api ? AbsoluteUrl(api, "http", "https") : null) ?? new UriBuilder(wsUrl) { Scheme = wsUrl.Scheme == "wss" ? "https" : "http", Path = "/" }.Uri,
                ApiKey = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("CSMS_API_KEY"),
                ApiUser = parse.GetValue(apiUser),
                ApiPassword = Environment.GetEnvironmentVariable("CSMS_API_PASSWORD"),
                Register = parse.GetValue(register),
                Ramp = parse.GetValue(ramp),
                OfflineAfter = parse.GetValue(offlineAfter) is { } after ? TimeSpan.FromSeconds(after) : null,
                OfflineFor = TimeSpan.FromSeconds(parse.GetValue(offlineFor)),
                CallTimeout = TimeSpan.FromSeconds(parse.GetValue(callTimeout)),
                Reconnect = new ReconnectPolicy(
                    TimeSpan.FromSeconds(parse.GetValue(backoffMinimum)), TimeSpan.FromSeconds(parse.GetValue(backoffRandom)), parse.GetValue(backoffRepeat)),
                SourceAddresses = parse.GetValue(sourceAddresses),
                InFlight = parse.GetValue(inFlight),
                Rate = parse.GetValue(rate),
                CsmsPid = parse.GetValue(csmsPid),
            };
            return options.Scenario == Scenario.Charge
                ? await new FleetRunner(options, output, error).RunAsync(cancellationToken)
                : await new Load.LoadRunner(options, output, error).RunAsync(cancellationToken);
        });

        return root.Parse(args).InvokeAsync(new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // Ctrl+C ends the run: the stations stop their sessions and deliver the last messages first.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(20),
        }, cancellationToken);
    }

    private static void AtLeast(Option<int> option, int minimum) =>
        Check(option, v => v >= minimum, $"{option.Name} must be at least {minimum.ToString(CultureInfo.InvariantCulture)}.");

    private static void Check<T>(Option<T> option, Func<T, bool> valid, string message) =>
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0)
            {
                return;
            }

            T value;
            try
            {
                value = result.GetValueOrDefault<T>();
            }
            catch (InvalidOperationException)
            {
                // Not of the option's type: the parser reports that itself ("Cannot parse argument ...").
                return;
            }

            if (!valid(value))
            {
                result.AddError(message);
            }
        });

    private static Uri? AbsoluteUrl(string text, params string[] schemes) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme, StringComparer.Ordinal) ? uri : null;
}
