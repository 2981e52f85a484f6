using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Interview;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

public sealed class ExpiryAndReminderTests
{
    private static readonly InterviewPolicy Policy = new();

    private static (ChatScript Chat, InterviewEngine Engine) Started()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
        var catalog = Catalogs.Of(SmallTemplate.Markdown);
        var chat = SmallTemplate.Start(new ChatScript(catalog: catalog, time: time)).Answer("2026年上半年", "红旗街道");
        return (chat, new InterviewEngine(catalog, time, Policy));
    }

    [Fact]
    public void No_reminder_unless_the_user_asked_for_one()
    {
        var (chat, engine) = Started();
        chat.Time.Advance(TimeSpan.FromDays(4));
        Assert.Null(engine.Tick(chat.Session));
    }

    [Fact]
    public void One_reminder_after_three_idle_days_when_allowed()
    {
        var (chat, engine) = Started();
        chat.Send("/remind").Expect("3天没有继续，我会提醒您一次");
        chat.Time.Advance(TimeSpan.FromDays(2));
        Assert.Null(engine.Tick(chat.Session));
        chat.Time.Advance(TimeSpan.FromDays(1.5));
        var reminder = engine.Tick(chat.Session);
        Assert.NotNull(reminder);
        Assert.Contains("还有6题没有回答", ((TextReply)reminder.Replies[0]).Text, StringComparison.Ordinal);
        Assert.Contains("组织了几次学习？", ((TextReply)reminder.Replies[0]).Text, StringComparison.Ordinal);
        Assert.Null(engine.Tick(reminder.Session));
        Assert.Equal(chat.Session.UpdatedAt, reminder.Session.UpdatedAt);
    }

    [Fact]
    public void An_interview_idle_for_thirty_days_is_closed_with_a_notice_and_its_answers_are_kept_for_reuse()
    {
        var (chat, engine) = Started();
        chat.Time.Advance(TimeSpan.FromDays(31));
        var closed = engine.Tick(chat.Session);
        Assert.NotNull(closed);
        Assert.Contains("已超过30天没有继续填写，已自动关闭", ((TextReply)closed.Replies[0]).Text, StringComparison.Ordinal);
        Assert.Equal(Phase.ChoosingTemplate, closed.Session.Phase);
        var kept = Assert.Single(closed.Session.Reports);
        Assert.False(kept.Complete);
        Assert.Equal("红旗街道", kept.Answers["unit"].Text);
    }

    [Fact]
    public void The_next_message_after_thirty_days_also_closes_the_interview_first()
    {
        var (chat, _) = Started();
        chat.Time.Advance(TimeSpan.FromDays(31));
        chat.Send("3").Expect("已自动关闭").Expect("请选择要写的报告");
        Assert.False(chat.Answers.ContainsKey("study"));
        chat.Press("测试工作总结").Expect("已找到您上次写的");
    }
}
