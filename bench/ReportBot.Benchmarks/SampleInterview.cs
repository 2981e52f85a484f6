using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Benchmarks;

/// <summary>
/// The sample interview (ideology.txt) run through the engine in memory, to get sessions at known points: just before
/// the first count question, and with every question answered (ready for the draft).
/// </summary>
public sealed class SampleInterview
{
    public SampleInterview()
    {
        Catalog = TemplateCatalog.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));
        Engine = new InterviewEngine(Catalog, TimeProvider.System);
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Scripts", "ideology.txt")).Where(l => l.Length > 0).ToList();
        var session = Run(null, "/start", "意识形态工作总结", lines[0], lines[1], lines[2]);
        AtCountQuestion = session;
        Answered = Run(session, [.. lines.Skip(3).TakeWhile(l => l != "生成草稿")]);
        Template = Catalog.Find(Answered.Interview!.TemplateId)!;
    }

    public TemplateCatalog Catalog { get; }

    public InterviewEngine Engine { get; }

    /// <summary>Asking "召开了几次…？" (the script answers 三次).</summary>
    public ConversationState AtCountQuestion { get; }

    /// <summary>At the review, every question answered.</summary>
    public ConversationState Answered { get; }

    public ReportTemplate Template { get; }

    /// <summary>The answer the script gives at <see cref="AtCountQuestion"/>.</summary>
    public static string CountAnswer => "三次";

    private ConversationState Run(ConversationState? session, params string[] inputs)
    {
        foreach (var input in inputs)
        {
            session = Engine.Handle(session, new TextInput(input)).Session;
        }

        return session!;
    }
}
