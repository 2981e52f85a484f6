using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Conversations;
using ReportBot.Core.Drafting;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Tests.Support;

/// <summary>
/// A conversation test written as a script: <c>Send("3").Expect("已记录：3次")</c>. Every call goes through the
/// real <see cref="ConversationService"/>; the store is swappable so a script can "restart" on the same data.
/// </summary>
public sealed class ChatScript
{
    private readonly ConversationService _service;
    private readonly string _key;

    public ChatScript(ISessionStore? store = null, TemplateCatalog? catalog = null, string key = "test:1", FakeTimeProvider? time = null)
    {
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.FromHours(8)));
        Store = store ?? new InMemorySessionStore();
        _service = new ConversationService(new InterviewEngine(catalog ?? Catalogs.Prompts, Time), Store);
        _key = key;
    }

    public ISessionStore Store { get; }

    public FakeTimeProvider Time { get; }

    public IReadOnlyList<Reply> Last { get; private set; } = [];

    /// <summary>All text of the last replies, joined.</summary>
    public string LastText => string.Join("\n---\n", Last.OfType<TextReply>().Select(r =>
        (r.Context is null ? string.Empty : r.Context + "\n") + r.Text + string.Concat(r.Choices.Select(c => $" [{c.Label}]"))));

    /// <summary>The draft among the last replies.</summary>
    public DraftReply LastDraft => Last.OfType<DraftReply>().SingleOrDefault() ?? throw new Xunit.Sdk.XunitException("No draft in the last replies:\n" + LastText);

    public ConversationState Session => Store.LoadAsync(_key, CancellationToken.None).GetAwaiter().GetResult()!;

    /// <summary>The interview of the conversation (fails the test when there is none).</summary>
    public InterviewState Interview => Session.Interview ?? throw new Xunit.Sdk.XunitException("No interview in the conversation.");

    /// <summary>The answers so far (empty when there is no interview).</summary>
    public System.Collections.Immutable.ImmutableDictionary<string, SlotAnswer> Answers =>
        Session.Interview?.Answers ?? System.Collections.Immutable.ImmutableDictionary<string, SlotAnswer>.Empty;

    public ChatScript Send(string text) => Do(new TextInput(text));

    public ChatScript Do(UserInput input)
    {
        Last = _service.HandleAsync(_key, input, CancellationToken.None).GetAwaiter().GetResult();
        return this;
    }

    /// <summary>Presses the button with this label on the last replies.</summary>
    public ChatScript Press(string label) => Do(new ChoiceInput(Button(label).Data));

    public ReplyChoice Button(string label) =>
        Last.OfType<TextReply>().SelectMany(r => r.Choices).FirstOrDefault(c => c.Label == label)
        ?? throw new Xunit.Sdk.XunitException($"No button “{label}” in:\n{LastText}\nButtons: {string.Join(" ", Last.OfType<TextReply>().SelectMany(r => r.Choices).Select(c => c.Label))}");

    public ChatScript Expect(string fragment)
    {
        Assert.True(LastText.Contains(fragment, StringComparison.Ordinal), $"Expected “{fragment}” in the reply:\n{LastText}");
        return this;
    }

    public ChatScript ExpectNot(string fragment)
    {
        Assert.False(LastText.Contains(fragment, StringComparison.Ordinal), $"Did not expect “{fragment}” in the reply:\n{LastText}");
        return this;
    }

    /// <summary>Sends each answer and checks the bot moved on (no re-prompt).</summary>
    public ChatScript Answer(params string[] answers)
    {
        foreach (var answer in answers)
        {
            var before = Session.Interview?.Position;
            var phase = Session.Phase;
            Send(answer);
            Assert.True(Session.Interview?.Position != before || Session.Phase != phase || Last.Any(r => r is TextReply t && t.Text.StartsWith("已记录", StringComparison.Ordinal)), $"“{answer}” was not accepted:\n{LastText}");
        }

        return this;
    }

    public static string Text(Draft draft) =>
        draft.Title + "\n" + string.Join("\n", draft.Blocks.Select(b => b switch
        {
            DraftHeading h => h.FullText,
            DraftParagraph p => p.FullText,
            _ => string.Empty,
        }));
}
