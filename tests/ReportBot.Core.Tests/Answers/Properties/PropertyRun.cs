using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;

namespace ReportBot.Core.Tests.Answers.Properties;

/// <summary>
/// Runs a CsCheck property bounded in count and in time. CsCheck's own <c>time:</c> runs for the whole time and
/// then ignores <c>iter:</c>, so the time bound is kept here: past the deadline the remaining iterations return
/// without checking, and the output says how many were checked.
/// <para>
/// A failure is shrunk and reported by CsCheck as <c>Set seed: "…" or -e CsCheck_Seed=… to reproduce</c>,
/// followed by the failing input (escaped by <see cref="Show"/>). To replay it, run the one test with the seed in
/// the environment — the seeded case is checked first, before any time bound:
/// <code>CsCheck_Seed=0N0XIzNsQ0O2 dotnet test tests/ReportBot.Core.Tests --filter "FullyQualifiedName~NumeralRoundTripTests"</code>
/// or pass it for a while as <c>seed: "0N0XIzNsQ0O2"</c> to <see cref="Check"/>.
/// </para>
/// </summary>
internal static class PropertyRun
{
    /// <summary>Checks <paramref name="property"/> on at most <paramref name="iter"/> samples within about <paramref name="seconds"/>.</summary>
    public static void Check<T>(Gen<T> gen, Action<T> property, Action<string> writeLine, long iter = 20_000, int seconds = 5,
        string? seed = null, Func<T, string>? print = null)
    {
        var deadline = Stopwatch.GetTimestamp() + (seconds * Stopwatch.Frequency);
        long checkedCount = 0;
        gen.Sample(
            t =>
            {
                if (Stopwatch.GetTimestamp() > deadline)
                {
                    return;
                }

                Interlocked.Increment(ref checkedCount);
                property(t);
            },
            seed: seed,
            iter: iter,
            print: print ?? (t => Show(t?.ToString())));
        writeLine($"Checked {checkedCount:N0} of {iter:N0} samples (bound {seconds} s).");
    }

    /// <summary>Text with invisible characters spelled out (\u202E), so a failing input can be read and pasted.</summary>
    public static string Show(string? text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text ?? string.Empty)
        {
            var visible = !char.IsControl(c) && !char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not
                (UnicodeCategory.Format or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
            sb.Append(visible || c == ' ' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return sb.Append('"').ToString();
    }
}
