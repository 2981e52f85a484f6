using System.Globalization;

namespace ReportBot.LoadTest;

/// <summary>CPU time and memory of a process, read from /proc (Linux): utime + stime, VmRSS and VmHWM (the peak).</summary>
internal sealed record ProcessStats(double CpuMilliseconds, long RssKilobytes, long PeakRssKilobytes)
{
    /// <summary>Clock ticks per second of /proc/PID/stat (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>Reads the process's figures now; all zero when it is gone.</summary>
    public static ProcessStats Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may hold spaces: fields are counted after its closing parenthesis.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            long rss = 0, peak = 0;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kilobytes(line);
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kilobytes(line);
                }
            }

            return new ProcessStats(ticks * 1000 / TicksPerSecond, rss, peak);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return new ProcessStats(0, 0, 0);
        }
    }

    /// <summary>
    /// CPU used by the PostgreSQL server so far: every live <c>postgres</c> process, and what the ones that ended
    /// left in their postmaster's children's time (cutime + cstime).
    /// </summary>
    public static double PostgresCpuMilliseconds()
    {
        long ticks = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                if (name != "postgres")
                {
                    continue;
                }

                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                    + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
            {
                // Not a process, or gone meanwhile.
            }
        }

        return ticks * 1000 / TicksPerSecond;
    }

    /// <summary>The machine's load average over the last minute, as <c>uptime</c> shows it.</summary>
    public static double LoadAverage() =>
        double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : double.NaN;

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
