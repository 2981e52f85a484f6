using System.Globalization;

namespace ReportBot.Core.Interview;

/// <summary>Button verbs ("opt:2", "sec:s1.2", "keep"): split into name and argument, and read safely.</summary>
internal static class Verbs
{
    /// <summary>Name and argument of a verb; the argument is empty when there is none.</summary>
    public static (string Name, string Argument) Split(string verb)
    {
        var colon = verb.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? (verb[..colon], verb[(colon + 1)..]) : (verb, string.Empty);
    }

    /// <summary>A small non-negative index, or null for anything else (forged data never throws).</summary>
    public static int? Index(string argument) =>
        argument.Length is > 0 and <= 6 && int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;
}
