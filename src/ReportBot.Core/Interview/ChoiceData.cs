using System.Globalization;

namespace ReportBot.Core.Interview;

/// <summary>
/// The data carried by a button: <c>step|verb</c>. The step stamps the prompt the button belongs to, so a press
/// on an older message is recognised as stale.
/// </summary>
internal static class ChoiceData
{
    public static string Create(int step, string verb) => step.ToString(CultureInfo.InvariantCulture) + "|" + verb;

    /// <summary>The verb of <paramref name="data"/>, or null when it is malformed.</summary>
    public static string? Verb(string data, out int step)
    {
        var separator = data.IndexOf('|', StringComparison.Ordinal);
        step = -1;
        return separator > 0 && int.TryParse(data[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out step)
            ? data[(separator + 1)..]
            : null;
    }
}
