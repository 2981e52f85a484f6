using ReportBot.FakeBotApi;

namespace ReportBot.Telegram.Tests.EndToEnd;

/// <summary>The whole product journey through the real client, host and SQLite, against the local test server.</summary>
public sealed class InterviewOverTelegramTests : IAsyncLifetime
{
    private const long Chat = 1001;
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_whole_interview_ends_with_the_draft_messages_and_the_word_file()
    {
        await _bot.AnswerSampleAsync(Chat);

        var messages = _bot.Server.Messages(Chat);
        var document = Assert.Single(messages, m => m.IsDocument);
        Assert.Equal("2020年上半年意识形态工作总结.docx", document.Document!.FileName);
        Assert.Equal("PK"u8.ToArray(), document.Document.Bytes[..2]);
        var draft = string.Concat(messages.Where(m => m.Text?.Contains("<b>2020年上半年意识形态工作总结</b>", StringComparison.Ordinal) == true || m.Text?.Contains("二、存在的问题", StringComparison.Ordinal) == true).Select(m => m.Text));
        Assert.Contains("召开意识形态专题会议3次、意识形态分析研判会2次", draft, StringComparison.Ordinal);
        Assert.Contains("<b>（一）", draft, StringComparison.Ordinal);
        Assert.Contains("四是加强网格员队伍建设。", string.Concat(messages.Select(m => m.Text)), StringComparison.Ordinal);
        Assert.All(messages.Where(m => !m.IsDocument), m => Assert.Equal("HTML", m.ParseMode, ignoreCase: true));
        Assert.Empty(_bot.Server.UnansweredCallbackQueries);
    }

    [Fact]
    public async Task Start_sets_the_chinese_command_menu_and_explicit_allowed_updates()
    {
        await _bot.SayAsync(Chat, "/start");
        Assert.Contains(_bot.Server.Commands, c => c.Command == "back" && c.Description == "上一步");
        Assert.Contains(_bot.Server.Commands, c => c.Command == "edit" && c.Description == "修改某一部分");
        Assert.Equal(["message", "edited_message", "callback_query"], _bot.Server.AllowedUpdates);
        var greeting = _bot.Server.Messages(Chat)[^1];
        Assert.Contains("意识形态工作总结", greeting.AllButtons.Select(b => b.Text));
    }

    [Fact]
    public async Task Back_and_edit_after_the_draft_work_over_buttons()
    {
        await _bot.AnswerSampleAsync(Chat);
        var reply = await _bot.SayAsync(Chat, "/edit");
        Assert.Contains("要修改哪一部分？", RunningBot.Texts(reply), StringComparison.Ordinal);
        await _bot.PressAsync(Chat, "（二）加强政治理论学习");
        reply = await _bot.SayAsync(Chat, "7");
        Assert.Contains("当前答案：2次", RunningBot.Texts(reply), StringComparison.Ordinal);
        reply = await _bot.SayAsync(Chat, "/back");
        Assert.Contains("当前答案：7次", RunningBot.Texts(reply), StringComparison.Ordinal);
        await _bot.PressAsync(Chat, "保持不变");
        for (var i = 0; i < 8; i++)
        {
            reply = await _bot.PressAsync(Chat, "保持不变");
        }

        Assert.Contains(reply, m => m.IsDocument);
        Assert.Contains("召开意识形态专题会议7次", RunningBot.Texts(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_markup_arrives_literally()
    {
        await _bot.SayAsync(Chat, "/start");
        await _bot.PressAsync(Chat, "意识形态工作总结");
        await _bot.PressAsync(Chat, "2026年上半年");
        var reply = await _bot.SayAsync(Chat, "<b>红旗</b> & *街道_党工委");
        Assert.Contains("已记录：&lt;b&gt;红旗&lt;/b&gt; &amp; *街道_（党工委）。", reply[0].Text, StringComparison.Ordinal);
        Assert.Equal("<b>红旗</b> & *街道_", _bot.Session(Chat)!.Interview!.Answers["unit"].Text);
    }

    [Fact]
    public async Task Stickers_photos_files_voice_and_edits_get_a_reply_and_change_nothing()
    {
        await _bot.SayAsync(Chat, "/start");
        await _bot.PressAsync(Chat, "意识形态工作总结");
        var before = _bot.Session(Chat)!;
        var count = _bot.Server.Messages(Chat).Count;
        _bot.Server.SendSticker(Chat);
        _bot.Server.SendPhoto(Chat);
        _bot.Server.SendDocumentFromUser(Chat, "a.pdf", [1, 2, 3]);
        _bot.Server.SendVoice(Chat);
        _bot.Server.EditUserMessage(Chat, 1, "/new");
        await _bot.IdleAsync();
        var replies = RunningBot.Texts(_bot.Server.Messages(Chat).Skip(count));
        foreach (var expected in new[] { "收到的贴纸没有被记录", "收到的图片没有被记录", "收到的文件没有被记录", "收到的语音没有被记录", "不会改变已记录的答案" })
        {
            Assert.Contains(expected, replies, StringComparison.Ordinal);
        }

        Assert.Equal(before.Interview!.Answers, _bot.Session(Chat)!.Interview!.Answers);
        Assert.Equal(before.Interview!.Position, _bot.Session(Chat)!.Interview!.Position);
    }

    [Fact]
    public async Task A_stale_button_gets_a_polite_notice_and_its_callback_is_answered()
    {
        await _bot.SayAsync(Chat, "/start");
        await _bot.PressAsync(Chat, "意识形态工作总结");
        var periodMessage = _bot.Server.Messages(Chat)[^1];
        await _bot.PressAsync(Chat, "2026年上半年");
        var before = _bot.Session(Chat)!;
        _bot.Server.PressButton(Chat, periodMessage.MessageId, periodMessage.FindButton("2026年下半年")!.CallbackData!);
        await _bot.IdleAsync();
        Assert.Contains("已经失效", _bot.Server.Messages(Chat)[^1].Text, StringComparison.Ordinal);
        Assert.Equal("2026年上半年", _bot.Session(Chat)!.Interview!.Answers["period"].Text);
        Assert.Equal(before.Interview!.Position, _bot.Session(Chat)!.Interview!.Position);
        Assert.Empty(_bot.Server.UnansweredCallbackQueries);
    }

    [Fact]
    public async Task In_groups_the_bot_only_reacts_to_commands_replies_and_buttons_and_keys_by_user()
    {
        const long group = -5001;
        _bot.Server.SendGroupText(group, 11, "大家好");
        _bot.Server.SendGroupText(group, 11, "/start");
        _bot.Server.SendGroupText(group, 12, "/status");
        await _bot.IdleAsync();
        var messages = _bot.Server.Messages(group);
        Assert.Equal(2, messages.Count);
        Assert.NotNull(await _bot.Store.LoadAsync("tg:-5001:11", CancellationToken.None));
        Assert.NotNull(await _bot.Store.LoadAsync("tg:-5001:12", CancellationToken.None));
        Assert.Null(await _bot.Store.LoadAsync("tg:-5001", CancellationToken.None));
        _ = FakeBotApiServer.DefaultGroupUserId;
    }
}
