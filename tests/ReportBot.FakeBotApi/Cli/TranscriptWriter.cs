namespace ReportBot.FakeBotApi.Cli;

/// <summary>Prints a conversation: 用户：… / 机器人：…, buttons as [label], documents as 📎 name (N bytes).</summary>
internal sealed class TranscriptWriter(TextWriter output)
{
    public void User(string text) => output.WriteLine($"用户：{text}");

    public void Note(string text) => output.WriteLine($"（{text}）");

    public void Bot(SentMessage message, bool edited = false)
    {
        var prefix = edited ? "机器人（编辑）：" : "机器人：";
        if (message.Document is { } doc)
        {
            output.WriteLine($"{prefix}📎 {doc.FileName} ({doc.Bytes.Length} bytes)");
            if (!string.IsNullOrEmpty(message.Text))
            {
                output.WriteLine(message.Text);
            }
        }
        else
        {
            output.WriteLine($"{prefix}{message.Text}");
        }

        foreach (var row in message.Buttons)
        {
            output.WriteLine(string.Join(" ", row.Select(b => $"[{b.Text}]")));
        }

        output.Flush();
    }
}
