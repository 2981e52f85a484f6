using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Telegram.Tests.EndToEnd;

/// <summary>
/// Issue 13 end to end: a user logs work messages over a simulated half-year (typed and forwarded), starts the report
/// in July, takes the pre-filled answers, and the draft carries the logged counts and names.
/// </summary>
public sealed class WorkLogOverTelegramTests : IAsyncLifetime
{
    private const long Chat = 9301;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 1, 0, 0, TimeSpan.Zero));
    private RunningBot _bot = null!;

    /// <summary>Twenty messages: (day of the half-year it is typed, text); a few forwarded from an earlier day.</summary>
    private static readonly (DateOnly Day, string Text, bool Forwarded)[] Messages =
    [
        (new(2026, 1, 8), "今天上午召开意识形态专题会议，传达上级部署", false),
        (new(2026, 1, 20), "召开意识形态分析研判会，研判苗头性问题", false),
        (new(2026, 2, 3), "组织开展“主题党日”活动", false),
        (new(2026, 2, 14), "下周三将召开意识形态专题会议", false),
        (new(2026, 2, 27), "《红旗日报》刊发我街道垃圾分类经验做法", false),
        (new(2026, 3, 5), "举办“我爱祖国”绘画比赛", false),
        (new(2026, 3, 12), "开展政治理论学习", false),
        (new(2026, 3, 19), "原定今天的讲座取消", false),
        (new(2026, 3, 26), "召开意识形态专题会议，研究网络阵地管理", true),
        (new(2026, 4, 2), "《红旗日报》刊登我街道志愿服务活动", false),
        (new(2026, 4, 9), "开展政治理论学习", false),
        (new(2026, 4, 16), "领导干部讲党课", false),
        (new(2026, 4, 23), "举办迎新春联谊会", true),
        (new(2026, 5, 7), "开展专题研讨", false),
        (new(2026, 5, 14), "第二次集中学习，学习上级文件精神", false),
        (new(2026, 5, 21), "组织开展“主题党日”活动", false),
        (new(2026, 5, 28), "请各社区报送意识形态工作台账", false),
        (new(2026, 6, 4), "召开意识形态分析研判会", false),
        (new(2026, 6, 11), "街道公众号发布垃圾分类推文", false),
        (new(2026, 6, 25), "今天召开意识形态专题会议", false),
    ];

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync(_time);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Logged_messages_of_a_half_year_prefill_the_report_and_reach_the_draft()
    {
        await _bot.SayAsync(Chat, "/start");
        foreach (var (day, text, forwarded) in Messages)
        {
            var now = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            _time.SetUtcNow(forwarded ? now.AddDays(2) : now);
            var before = _bot.Server.Messages(Chat).Count;
            if (forwarded)
            {
                _bot.Server.SendForwarded(Chat, text, now.UtcDateTime);
            }
            else
            {
                _bot.Server.SendText(Chat, text);
            }

            await _bot.IdleAsync();
            Assert.True(_bot.Server.Messages(Chat).Count > before, $"No answer to “{text}”.");
        }

        var log = _bot.Session(Chat)!.Log;
        Assert.Equal(3, log.Count(e => e.Entry.SlotId == "topic_meetings"));
        Assert.Contains(log, e => e.Entry.SlotId == "topic_meetings" && e.Entry.Date == new DateOnly(2026, 3, 26));
        Assert.Equal(2, log.Count(e => e.Entry.SlotId == "media"));
        Assert.DoesNotContain(log, e => e.Entry.Source.Contains("下周三", StringComparison.Ordinal) || e.Entry.Source.Contains("取消", StringComparison.Ordinal));

        _time.SetUtcNow(new DateTimeOffset(2026, 7, 6, 9, 0, 0, TimeSpan.Zero));
        await _bot.SayAsync(Chat, "/new");
        await _bot.PressAsync(Chat, "意识形态工作总结");
        var taken = await AnswerEverythingAsync();
        Assert.Contains("topic_meetings", taken);
        Assert.Contains("media", taken);
        Assert.Contains("culture_events", taken);

        var answers = _bot.Session(Chat)!.Interview!.Answers;
        Assert.Equal(3, answers["topic_meetings"].Number);
        Assert.Equal(2, answers["analysis_meetings"].Number);
        Assert.True(answers["topic_meetings"].FromLog);
        Assert.Contains("其中", RunningBot.Texts(await _bot.SayAsync(Chat, "/status")), StringComparison.Ordinal);

        var draft = RunningBot.Texts(await _bot.PressAsync(Chat, "生成草稿"));
        Assert.Contains("召开意识形态专题会议3次、意识形态分析研判会2次", draft, StringComparison.Ordinal);
        Assert.Contains("在《红旗日报》发表信息2篇", draft, StringComparison.Ordinal);
        Assert.Contains("“我爱祖国”绘画比赛", draft, StringComparison.Ordinal);
        Assert.Contains("共举办“我爱祖国”绘画比赛等文化活动2场（次）", draft, StringComparison.Ordinal);
        Assert.Contains("组织“主题党日”活动2次", draft, StringComparison.Ordinal);
    }

    /// <summary>Takes the work log wherever it is offered, answers the rest plainly; returns the slots taken from the log.</summary>
    private async Task<List<string>> AnswerEverythingAsync()
    {
        var taken = new List<string>();
        var catalog = TemplateCatalog.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));
        for (var guard = 0; guard < 200 && _bot.Session(Chat)!.Phase == Phase.Asking; guard++)
        {
            var interview = _bot.Session(Chat)!.Interview!;
            var slot = catalog.Find(interview.TemplateId)!.Slots[interview.Position];
            var buttons = NewestButtons();
            if (interview.Collecting is { Choosing: true })
            {
                await _bot.PressAsync(Chat, buttons[0]);
            }
            else if (buttons.Contains("采用工作记录"))
            {
                taken.Add(slot.Id);
                await _bot.PressAsync(Chat, "采用工作记录");
            }
            else
            {
                await AnswerAsync(slot);
            }
        }

        return taken;
    }

    private async Task AnswerAsync(SlotDefinition slot)
    {
        switch (slot.Kind)
        {
            case SlotKind.Period:
                await _bot.SayAsync(Chat, "2026年上半年");
                break;
            case SlotKind.Unit:
                await _bot.SayAsync(Chat, "红旗街道党工委");
                break;
            case SlotKind.Confirm:
                await _bot.SayAsync(Chat, "是");
                break;
            case SlotKind.Count or SlotKind.Approx:
                await _bot.SayAsync(Chat, slot.Id == "month_ordinal" ? "38" : "0");
                break;
            case SlotKind.Percent:
                await _bot.SayAsync(Chat, "98%");
                break;
            case SlotKind.Text:
                await _bot.SayAsync(Chat, "民族团结进步");
                break;
            case SlotKind.Defaults:
                await _bot.SayAsync(Chat, "采用");
                break;
            default:
                await _bot.SayAsync(Chat, "完成");
                break;
        }
    }

    /// <summary>The buttons of the newest message (the question in front of the user; none for a count question).</summary>
    private List<string> NewestButtons() => _bot.Server.Messages(Chat)[^1].AllButtons.Select(b => b.Text).ToList();
}
