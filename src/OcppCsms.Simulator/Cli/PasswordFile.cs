namespace OcppCsms.Simulator.Cli;

/// <summary>
/// The stations' Basic passwords (OCPP security profile 1/2). Each line is <c>stationId:password</c>; a line without
/// ':' is the password of every station the file does not list. Blank lines and lines starting with '#' are skipped.
/// A station identity never contains ':' (it is the Basic user name), so the first ':' splits the line.
/// </summary>
internal sealed record PasswordFile(IReadOnlyDictionary<string, string> ByStation, string? Shared)
{
    /// <summary>Reads the file; the error names the line that is wrong.</summary>
    public static bool TryRead(string path, out PasswordFile file, out string error)
    {
        file = new PasswordFile(new Dictionary<string, string>(), null);
        if (!File.Exists(path))
        {
            error = $"--password-file: {path} does not exist.";
            return false;
        }

        var byStation = new Dictionary<string, string>(StringComparer.Ordinal);
        string? shared = null;
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                if (shared is not null)
                {
                    error = $"--password-file: line {number} is a second password for all stations.";
                    return false;
                }

                shared = line;
            }
            else if (colon == 0 || colon == line.Length - 1 || !byStation.TryAdd(line[..colon], line[(colon + 1)..]))
            {
                error = $"--password-file: line {number} is not 'stationId:password' or names a station twice.";
                return false;
            }
        }

        file = new PasswordFile(byStation, shared);
        error = "";
        return true;
    }
}
