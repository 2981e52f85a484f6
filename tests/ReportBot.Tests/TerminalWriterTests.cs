using ReportBot.Cli.Chat;
using ReportBot.Core.Interview;

namespace ReportBot.Tests;

/// <summary>Issue 8, item 14: the terminal shows only choices a typed answer can pick.</summary>
public sealed class TerminalWriterTests
{
    [Fact]
    public void Only_the_closing_prompts_choices_are_offered_to_type()
    {
        var output = new StringWriter();
        var writer = new TerminalWriter(output, colour: false, echoInput: true);
        writer.Text(new TextReply("以往的报告：\n· 2020年上半年意识形态工作总结 —— /history 1", [new ReplyChoice("2020年上半年意识形态工作总结", "3|hist:0")]), showChoices: false);
        writer.Text(new TextReply("组织了几次学习？", [new ReplyChoice("保持不变", "3|keep")]), showChoices: true);
        writer.Text(new TextReply("请选择要写的报告：", [new ReplyChoice("意识形态工作总结", "3|tpl:ideology"), new ReplyChoice("党建工作总结", "3|tpl:party_building")]) { Numbered = true });

        var text = output.ToString();
        Assert.DoesNotContain("可以回复：2020年上半年", text, StringComparison.Ordinal);
        Assert.Contains("可以回复：保持不变", text, StringComparison.Ordinal);
        Assert.Contains("  1. 意识形态工作总结\n  2. 党建工作总结", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("点", text, StringComparison.Ordinal);
    }
}
