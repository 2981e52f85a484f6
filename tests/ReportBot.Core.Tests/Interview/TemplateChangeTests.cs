using ReportBot.Core.Templates;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

public sealed class TemplateChangeTests
{
    [Fact]
    public void When_the_template_changes_answers_are_kept_by_slot_id_and_only_new_or_changed_slots_are_asked()
    {
        var store = new InMemorySessionStore();
        var v1 = Catalogs.Of(SmallTemplate.Markdown);
        var chat = SmallTemplate.Start(new ChatScript(store, v1)).Answer("2026年上半年", "红旗街道", "3", "2", "10");

        var changed = SmallTemplate.Markdown
            .Replace("version: 1", "version: 2", StringComparison.Ordinal)
            .Replace("{{count meetings 次 | 召开了几次会议？}}次", "{{percent meetings | 会议出席率是多少？}}%", StringComparison.Ordinal)
            .Replace("- 组织学习", "- 开展调研{{count research 次 | 开展了几次调研？}}次。\n- 组织学习", StringComparison.Ordinal);
        var v2 = new TemplateCatalog([TemplateParser.Parse("small.md", changed)]);
        var after = new ChatScript(store, v2);

        after.Send("/status").Expect("模板已更新").Expect("只需再回答新增或改动的").Expect("开展了几次调研？");
        after.Send("4").Expect("会议出席率是多少？");
        after.Send("95%").Expect("阅读率是多少？");
        var answers = after.Answers;
        Assert.Equal("红旗街道", answers["unit"].Text);
        Assert.Equal(3, answers["study"].Number);
        Assert.Equal(10, answers["posts"].Number);
        Assert.Equal(95m, answers["meetings"].Percent);
        Assert.Equal(2, after.Interview.TemplateVersion);
    }
}
