using ReportBot.FakeBotApi;

namespace ReportBot.Telegram.Tests.EndToEnd;

/// <summary>Order within a chat, parallel chats, and Bot API faults injected mid-conversation.</summary>
public sealed class OrderingAndFaultTests : IAsyncLifetime
{
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private static readonly string[] CountSlots = ["topic_meetings", "analysis_meetings", "party_days", "party_lectures", "seminars", "group_study", "theory_study", "trainings"];

    private async Task OpenAsync(long chat)
    {
        await _bot.SayAsync(chat, "/start");
        await _bot.PressAsync(chat, "意识形态工作总结");
    }

    [Fact]
    public async Task A_burst_of_answers_lands_on_consecutive_questions_in_order()
    {
        const long chat = 2001;
        await OpenAsync(chat);
        string[] burst = ["2020年上半年", "红旗街道党工委", "是", "9", "是", "10", "是", "完成", "1", "2", "3", "4", "5", "6", "7", "8"];
        foreach (var text in burst)
        {
            _bot.Server.SendText(chat, text);
        }

        await _bot.IdleAsync();
        var session = _bot.Session(chat)!;
        Assert.Equal("2020年上半年", session.Interview!.Answers["period"].Text);
        Assert.Equal("红旗街道", session.Interview!.Answers["unit"].Text);
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long?)i), CountSlots.Select(id => session.Interview!.Answers[id].Number));
        Assert.Equal(10, session.Interview!.Answers["duty_letters"].Number);
        Assert.Equal(16, session.Interview!.Position);
    }

    [Fact]
    public async Task Twenty_chats_interleaved_each_get_their_own_answers()
    {
        var chats = Enumerable.Range(0, 20).Select(i => 3000L + i).ToList();
        foreach (var chat in chats)
        {
            _bot.Server.SendText(chat, "/start");
        }

        await _bot.IdleAsync();
        foreach (var chat in chats)
        {
            _bot.Server.PressButtonByLabel(chat, "意识形态工作总结");
        }

        await _bot.IdleAsync();
        for (var step = 0; step < 10; step++)
        {
            foreach (var chat in chats)
            {
                var index = chat - 3000;
                _bot.Server.SendText(chat, step switch
                {
                    0 => "2026年上半年",
                    1 => $"第{index}街道党工委",
                    2 or 4 or 6 => "是",
                    7 => "完成",
                    _ => $"{index + step}",
                });
            }
        }

        await _bot.IdleAsync();
        foreach (var chat in chats)
        {
            var index = chat - 3000;
            var session = _bot.Session(chat)!;
            Assert.Equal($"第{index}街道", session.Interview!.Answers["unit"].Text);
            Assert.Equal(index + 8, session.Interview!.Answers["topic_meetings"].Number);
            Assert.Equal(index + 9, session.Interview!.Answers["analysis_meetings"].Number);
        }
    }

    /// <summary>
    /// A button's answer only stops its spinner: the press's reply does not queue behind it. Held back by a rate limit,
    /// the answer comes after the reply, and still comes once.
    /// </summary>
    [Fact]
    public async Task A_button_press_is_answered_without_waiting_for_the_button_answer()
    {
        const long chat = 2101;
        await _bot.SayAsync(chat, "/start");
        var before = _bot.Server.Messages(chat).Count;
        _bot.Server.FailNext("answerCallbackQuery", new FakeFault.TooManyRequests(2));

        _bot.Server.PressButtonByLabel(chat, "意识形态工作总结");
        await _bot.IdleAsync();

        var reply = _bot.Server.Messages(chat).Skip(before).ToList();
        Assert.Contains(reply, m => m.Text!.Contains("意识形态工作总结", StringComparison.Ordinal));
        var answer = Assert.Single(_bot.Server.CallbackAnswers);
        Assert.Empty(_bot.Server.UnansweredCallbackQueries);
        Assert.True(reply[0].SentAt < answer.At, $"the reply ({reply[0].SentAt:O}) waited for the button's answer ({answer.At:O})");
    }

    [Fact]
    public async Task Rate_limits_server_errors_and_dropped_connections_lose_no_reply()
    {
        const long chat = 4001;
        await OpenAsync(chat);
        _bot.Server.FailNext("sendMessage", new FakeFault.TooManyRequests(1));
        var reply = await _bot.SayAsync(chat, "2020年上半年");
        Assert.Contains("贵单位的名称是？", RunningBot.Texts(reply), StringComparison.Ordinal);

        _bot.Server.FailNext("sendMessage", new FakeFault.ServerError(), times: 2);
        reply = await _bot.SayAsync(chat, "红旗街道党工委");
        Assert.Contains("书记是否亲自部署", RunningBot.Texts(reply), StringComparison.Ordinal);
        foreach (var answer in (string[])["是", "1", "是", "1", "是"])
        {
            reply = await _bot.SayAsync(chat, answer);
        }

        Assert.Contains("关于落实意识形态工作责任制", RunningBot.Texts(reply), StringComparison.Ordinal);

        _bot.Server.FailNext("sendMessage", new FakeFault.DropConnection());
        _bot.Server.FailNext("getUpdates", new FakeFault.ServerError());
        reply = await _bot.SayAsync(chat, "完成");
        Assert.Contains("召开了几次意识形态专题会议？", RunningBot.Texts(reply), StringComparison.Ordinal);

        var questions = _bot.Server.Messages(chat).Select(m => m.Text ?? string.Empty).ToList();
        Assert.Single(questions, q => q.Contains("贵单位的名称是？", StringComparison.Ordinal));
        Assert.Single(questions, q => q.Contains("召开了几次意识形态专题会议？", StringComparison.Ordinal));
        Assert.Contains(_bot.Logs.Lines, l => l.Contains("retrying", StringComparison.Ordinal));
        Assert.DoesNotContain(_bot.Logs.Lines, l => l.Contains(_bot.Server.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_draft_longer_than_one_message_is_split_at_paragraph_boundaries()
    {
        const long chat = 5001;
        await OpenAsync(chat);
        await _bot.SayAsync(chat, "2020年上半年");
        await _bot.AnswerUnitAndDutyAsync(chat);
        // Items within the per-item limit (300 characters), enough of them to pass 4096 characters together.
        var longItem = string.Concat(Enumerable.Repeat("深入开展理论学习和宣传教育活动，", 15));
        for (var i = 0; i < 20; i++)
        {
            await _bot.SayAsync(chat, $"第{i + 1}项：{longItem}");
        }

        await _bot.SayAsync(chat, "完成");
        var draft = await _bot.SayAsync(chat, "/draft");
        var parts = draft.Where(m => !m.IsDocument && m.Text!.Contains("深入开展理论学习", StringComparison.Ordinal)).ToList();
        Assert.True(parts.Count >= 2, $"Expected the draft in several messages, got {parts.Count}.");
        Assert.All(parts, p => Assert.True(p.Text!.Length <= 4096 + 200, "Message too long."));
        var all = string.Concat(parts.Select(p => p.Text));
        for (var i = 1; i <= 20; i++)
        {
            Assert.Contains($"第{i}项：", all, StringComparison.Ordinal);
        }
    }
}
