using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportBot.FakeBotApi.Cli;

/// <summary>Plays a conversation script against the bot and prints the transcript.</summary>
internal sealed partial class ScriptRunner(FakeBotApiServer server, CliOptions options, TranscriptWriter transcript)
{
    private readonly Dictionary<long, int> _printedEdits = [];
    private int _printed;

    public async Task RunAsync(IEnumerable<string> lines, CancellationToken ct)
    {
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (WaitPattern().Match(line) is { Success: true } wait)
            {
                var more = int.Parse(wait.Groups[1].Value, CultureInfo.InvariantCulture);
                await AwaitActivityAsync(Signature(), _printed + more, ct);
                continue;
            }

            var before = Signature();

            if (ButtonPattern().Match(line) is { Success: true } button)
            {
                transcript.User($"[{button.Groups[1].Value}]");
                server.PressButtonByLabel(options.ChatId, button.Groups[1].Value);
            }
            else
            {
                transcript.User(line);
                server.SendText(options.ChatId, line);
            }

            await AwaitActivityAsync(before, null, ct);
        }
    }

    /// <summary>Waits for new messages (or edits), then for quiet, then prints what is new.</summary>
    private async Task AwaitActivityAsync(int before, int? targetCount, CancellationToken ct)
    {
        var answerTimeout = TimeSpan.FromSeconds(options.AnswerTimeoutSeconds);
        try
        {
            await server.WaitUntilAsync(
                () => targetCount is { } n ? Messages().Count >= n : Signature() != before, answerTimeout, ct);
        }
        catch (TimeoutException)
        {
            transcript.Note($"{answerTimeout.TotalSeconds:0}s 内机器人没有回应");
        }

        var last = Signature();
        while (true)
        {
            await Task.Delay(options.DelayMs, ct);
            var now = Signature();
            if (now == last)
            {
                break;
            }

            last = now;
        }

        PrintNew();
    }

    public void PrintNew()
    {
        var messages = Messages();
        for (var i = 0; i < messages.Count; i++)
        {
            var m = messages[i];
            var edits = _printedEdits.GetValueOrDefault(m.MessageId);
            if (i >= _printed)
            {
                transcript.Bot(m);
            }
            else if (m.Edits.Count > edits)
            {
                transcript.Bot(m, edited: true);
            }

            _printedEdits[m.MessageId] = m.Edits.Count;
        }

        _printed = messages.Count;
    }

    private IReadOnlyList<SentMessage> Messages() => server.Messages(options.ChatId);

    private int Signature()
    {
        var messages = Messages();
        return messages.Count * 100_000 + messages.Sum(m => m.Edits.Count);
    }

    [GeneratedRegex(@"^\[wait:(\d+)\]$")]
    private static partial Regex WaitPattern();

    [GeneratedRegex(@"^\[button:(.+)\]$")]
    private static partial Regex ButtonPattern();
}
