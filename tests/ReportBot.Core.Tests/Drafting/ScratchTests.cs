using ReportBot.Core.Drafting;
using ReportBot.Core.Templates;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Drafting;

public sealed class ScratchTests
{
    [Fact]
    public void Print()
    {
        var template = TemplateParser.Parse("ideology.md", File.ReadAllText(RepoPaths.Prompt("ideology")));
        var draft = DraftBuilder.Build(template, SampleAnswers.Ideology(), new DateOnly(2026, 11, 29));
        var lines = new List<string> { draft.Title };
        lines.AddRange(draft.Blocks.Select(b => b switch { DraftHeading h => h.FullText, DraftParagraph p => p.FullText, _ => "?" }));
        lines.Add(template.Slots.Count + " slots: " + string.Join(",", template.Slots.Select(s => s.Id)));
        File.WriteAllLines("/tmp/scratch.txt", lines);
    }
}
