using System.Globalization;

namespace OcppCsms.Simulator.Load;

/// <summary>The resident set of a process from <c>/proc/&lt;pid&gt;/status</c> (Linux): VmRSS now and VmHWM, its peak.</summary>
internal readonly record struct ProcessMemory(long RssKiB, long PeakKiB)
{
    public static ProcessMemory? Read(int pid)
    {
        try
        {
            long rss = 0, peak = 0;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = KiB(line);
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = KiB(line);
                }
            }

            return new ProcessMemory(rss, peak);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>"VmRSS:\t  123456 kB" → 123456.</summary>
    private static long KiB(string line) => long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
}
