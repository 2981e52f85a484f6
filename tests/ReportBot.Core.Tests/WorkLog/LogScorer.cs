using System.Globalization;
using System.Text.Json;
using ReportBot.Core.Templates;
using ReportBot.Core.WorkLog;

namespace ReportBot.Core.Tests.WorkLog;

/// <summary>One message of an evaluation set and the slots it should be filed under (the JSON of <c>reportbot log --json</c>).</summary>
public sealed record LabelledMessage(string Text, IReadOnlyList<JsonElement> Slots, int Line);

/// <summary>What a message gives one slot, summed: the unit of comparison, so that 1+1 and 2 are the same answer.</summary>
public sealed record SlotFacts(long Count, string Names, string Items, string Values, bool Ask)
{
    /// <summary>Equal as a filing: an ask is met by an ask on the same slot (the bot asks; its guess is not scored).</summary>
    public bool Matches(SlotFacts other) => Ask == other.Ask && (Ask || this == other);
}

/// <summary>The figures of a set, and the messages that missed.</summary>
public sealed record Score(int Messages, int Exact, int WrongWithoutAsking, IReadOnlyList<string> Misses)
{
    public double ExactRate => (double)Exact / Messages;

    public double WrongRate => (double)WrongWithoutAsking / Messages;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Messages} messages: exact {Exact} ({ExactRate:P1}), wrong without asking {WrongWithoutAsking} ({WrongRate:P1})");
}

/// <summary>
/// Scores the classifier on a labelled set. Exact: the message gets exactly the expected slots, each with the
/// expected counts, names, items and values, and asks exactly where an ask is expected. Wrong without asking:
/// the bot files (without asking) a slot that is not expected, or with another count, name, item or value, or
/// files what should have been asked. Missing an entry is not "wrong without asking": the user sees nothing filed.
/// </summary>
public static class LogScorer
{
    public static IReadOnlyList<LabelledMessage> Load(string path) =>
        File.ReadLines(path).Select((line, i) => (line, i)).Where(l => l.line.Trim().Length > 0).Select(l =>
        {
            using var document = JsonDocument.Parse(l.line);
            var root = document.RootElement;
            return new LabelledMessage(root.GetProperty("text").GetString()!, root.GetProperty("slots").EnumerateArray().Select(e => e.Clone()).ToList(), l.i + 1);
        }).ToList();

    public static Score Run(ReportTemplate template, IReadOnlyList<LabelledMessage> set, DateOnly messageDate)
    {
        var (exact, wrong, misses) = (0, 0, new List<string>());
        foreach (var message in set)
        {
            var got = WorkLogReader.Read(template, message.Text, messageDate);
            var expected = Facts(message.Slots);
            var actual = Facts(got.Select(e => JsonDocument.Parse(LogJson.Entry(e)).RootElement).ToList());
            var isExact = expected.Count == actual.Count && expected.All(e => actual.TryGetValue(e.Key, out var a) && e.Value.Matches(a));
            var isWrong = actual.Any(a => !a.Value.Ask && !(expected.TryGetValue(a.Key, out var e) && e.Matches(a.Value)));
            exact += isExact ? 1 : 0;
            wrong += isWrong ? 1 : 0;
            if (!isExact)
            {
                misses.Add($"{(isWrong ? "WRONG" : "miss ")} line {message.Line}: {message.Text.ReplaceLineEndings("⏎")}\n"
                    + $"      expected {string.Join(", ", message.Slots.Select(s => s.GetRawText()))}\n"
                    + $"      got      {string.Join(", ", got.Select(LogJson.Entry))}");
            }
        }

        return new Score(set.Count, exact, wrong, misses);
    }

    private static Dictionary<string, SlotFacts> Facts(IReadOnlyList<JsonElement> slots) =>
        slots.Where(s => s.GetProperty("slot").GetString() != "none").GroupBy(s => s.GetProperty("slot").GetString()!)
            .ToDictionary(g => g.Key, g => Sum(g.ToList()), StringComparer.Ordinal);

    private static SlotFacts Sum(List<JsonElement> entries)
    {
        if (entries.Any(e => e.TryGetProperty("ask", out var ask) && ask.GetBoolean()))
        {
            return new SlotFacts(0, string.Empty, string.Empty, string.Empty, Ask: true);
        }

        string? Get(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.Number ? v.GetDecimal().ToString("G29", CultureInfo.InvariantCulture) : v.GetString() : null;
        long CountOf(JsonElement e) => e.TryGetProperty("count", out var c) ? c.GetInt64() : 0;
        var names = entries.Where(e => Get(e, "name") is not null).GroupBy(e => Get(e, "name")).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}={g.Sum(CountOf)}");
        return new SlotFacts(
            entries.Where(e => Get(e, "name") is null).Sum(CountOf),
            string.Join("|", names),
            string.Join("|", entries.Select(e => Get(e, "item")).OfType<string>().Distinct().Order(StringComparer.Ordinal)),
            string.Join("|", entries.Select(e => Get(e, "value") ?? Get(e, "text")).OfType<string>().Distinct().Order(StringComparer.Ordinal)),
            Ask: false);
    }
}
