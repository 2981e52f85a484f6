using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Conversations;
using ReportBot.Core.Interview;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

/// <summary>
/// The engine reuses one turn object per thread. Whatever a turn leaves behind (a pending closing notice, the
/// forgotten flag, a retry hint) must not reach the next turn of another conversation: two conversations
/// interleaved on one thread get exactly what each gets from a turn object built fresh on its own thread.
/// </summary>
public sealed class TurnReuseTests
{
    private static readonly string[] Buttons = ["意识形态工作总结", "完成", "采用模板内容", "补充我的内容", "生成草稿"];

    [Fact]
    public void Interleaved_conversations_on_one_thread_get_what_fresh_turns_give()
    {
        var sample = new[] { "/start", "意识形态工作总结" }.Concat(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Scripts", "ideology.txt")));
        // Leaves every per-turn flag set: a deletion, a reminder request, a command's retry hint, a cancelled interview.
        var other = new[] { "/start", "意识形态工作总结", "2020年上半年", "/forget", "/forget 确认", "/remind", "/start", "意识形态工作总结", "一百", "/cancel", "是", "/log 召开会议3次", "/status" };
        var inputs = sample.Select(text => ("a", text)).Zip(other.Concat(Enumerable.Repeat("/status", 200)).Select(text => ("b", text)))
            .SelectMany(pair => new[] { pair.First, pair.Second }).ToList();

        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.FromHours(8)));
        var engine = new InterviewEngine(Catalogs.Prompts, time);
        var reused = new Dictionary<string, (ConversationState? State, IReadOnlyList<Reply> Last)>();
        var fresh = new Dictionary<string, (ConversationState? State, IReadOnlyList<Reply> Last)>();
        foreach (var (key, text) in inputs)
        {
            var mine = Step(reused, key, text, input => engine.Handle(reused.GetValueOrDefault(key).State, input));
            var theirs = Step(fresh, key, text, input => OnNewThread(() => engine.Handle(fresh.GetValueOrDefault(key).State, input)));
            Assert.Equal(Describe(theirs), Describe(mine));
        }

        Assert.Equal(SessionJson.Serialize(fresh["a"].State!), SessionJson.Serialize(reused["a"].State!));
        Assert.Equal(SessionJson.Serialize(fresh["b"].State!), SessionJson.Serialize(reused["b"].State!));
        Assert.Contains(reused["a"].Last, r => r is DraftReply);
    }

    private static TurnResult Step(Dictionary<string, (ConversationState? State, IReadOnlyList<Reply> Last)> chats, string key, string text, Func<UserInput, TurnResult> handle)
    {
        var last = chats.GetValueOrDefault(key).Last ?? [];
        var button = last.OfType<TextReply>().SelectMany(r => r.Choices).LastOrDefault(c => c.Label == text);
        UserInput input = button is not null && Buttons.Contains(text) ? new ChoiceInput(button.Data) : new TextInput(text);
        var result = handle(input);
        chats[key] = (result.Session, result.Replies);
        return result;
    }

    private static TurnResult OnNewThread(Func<TurnResult> work)
    {
        TurnResult? result = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        return failure is null ? result! : throw new InvalidOperationException("The fresh turn threw.", failure);
    }

    private static string Describe(TurnResult result) =>
        $"forgotten={result.Forgotten}\n" + string.Join("\n---\n", result.Replies.Select(r => r switch
        {
            TextReply text => text.Context + "\n" + text.Text + string.Concat(text.Choices.Select(c => $" [{c.Label}|{c.Data}]")),
            DraftReply draft => $"draft:{draft.Draft.Title}:{draft.Draft.Blocks.Count}:{draft.Complete}",
            _ => r.ToString(),
        }));
}
