using ReportBot.Core.Interview;
using ReportBot.Rendering.PlainText;

namespace ReportBot.Cli.Chat;

/// <summary>
/// Prints the bot's replies in a terminal. Colour only when writing to a terminal; when input is piped the lines
/// read are echoed, so a scripted run reads as a transcript.
/// </summary>
public sealed class TerminalWriter(TextWriter output, bool colour, bool echoInput)
{
    private const string Dim = "\u001b[2m";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";
    private readonly PlainTextRenderer _plain = new();

    /// <summary>A writer for the process console.</summary>
    public static TerminalWriter ForConsole() =>
        new(Console.Out, colour: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null, echoInput: Console.IsInputRedirected);

    /// <summary>Shows the input prompt (interactive use only).</summary>
    public void Prompt()
    {
        if (!echoInput)
        {
            output.Write(Style(Bold, "你：") + " ");
            output.Flush();
        }
    }

    /// <summary>Echoes a line read from piped input.</summary>
    public void Echo(string line)
    {
        if (echoInput)
        {
            output.WriteLine("你：" + line);
        }
    }

    /// <summary>
    /// A message with its context header and, when <paramref name="showChoices"/>, its choices: only the turn's
    /// closing prompt, whose choices a typed label or number picks (earlier buttons are Telegram's).
    /// </summary>
    public void Text(TextReply reply, bool showChoices = true)
    {
        output.WriteLine();
        output.WriteLine(Style(Bold, "机器人："));
        if (reply.Context is { } context)
        {
            output.WriteLine(Style(Dim, $"【{context}】"));
        }

        output.WriteLine(reply.Text);
        if (showChoices && reply.Choices.Count > 0)
        {
            output.WriteLine(reply.Numbered
                ? string.Join("\n", reply.Choices.Select((c, i) => $"  {i + 1}. {c.Label}"))
                : "  可以回复：" + string.Join(" / ", reply.Choices.Select(c => c.Label)));
        }

        output.WriteLine();
    }

    /// <summary>A draft, as plain text between rules.</summary>
    public void Draft(DraftReply reply)
    {
        output.WriteLine();
        output.WriteLine(Style(Dim, reply.Complete ? "──────── 草稿 ────────" : "──────── 草稿（未完成） ────────"));
        output.Write(_plain.Render(reply.Draft));
        output.WriteLine(Style(Dim, "──────────────────────"));
    }

    /// <summary>A note from the program itself (not the bot).</summary>
    public void Note(string text) => output.WriteLine(Style(Dim, text));

    private string Style(string code, string text) => colour ? code + text + Reset : text;
}
