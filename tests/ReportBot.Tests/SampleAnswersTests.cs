using System.Text.Json;
using ReportBot.Cli.Commands;
using ReportBot.Core.Drafting;
using ReportBot.Core.Templates;

namespace ReportBot.Tests;

/// <summary>Each shipped template, filled from its sample answers file, puts every number in the draft.</summary>
public sealed class SampleAnswersTests
{
    private static readonly string Root = FindRoot();

    [Theory]
    [InlineData("party-building.md", "party_building.answers.json")]
    [InlineData("work-safety.md", "work_safety.answers.json")]
    public void Every_answer_reaches_the_draft(string templateFile, string answersFile)
    {
        var template = TemplateParser.Parse(templateFile, File.ReadAllText(Path.Combine(Root, "prompts", templateFile)));
        var json = File.ReadAllText(Path.Combine(Root, "tests", "ReportBot.Core.Tests", "Samples", answersFile));
        var read = AnswersFile.Read(template, json);
        Assert.Empty(read.Errors);
        var draft = DraftBuilder.Build(template, read.Answers, new DateOnly(2026, 11, 29));
        var text = draft.Title + string.Concat(draft.Blocks.Select(b => b is DraftParagraph p ? p.FullText : ((DraftHeading)b).FullText));

        using var document = JsonDocument.Parse(json);
        foreach (var answer in document.RootElement.EnumerateObject().Where(a => a.Value.ValueKind == JsonValueKind.Number && a.Value.GetDecimal() > 0))
        {
            Assert.True(text.Contains(answer.Value.GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), $"{answer.Name} = {answer.Value} is missing from:\n{text}");
        }

        Assert.DoesNotContain("X", text, StringComparison.Ordinal);
        Assert.DoesNotContain(SlotValues.Missing, text, StringComparison.Ordinal);
        Assert.StartsWith("2026年上半年", draft.Title, StringComparison.Ordinal);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
