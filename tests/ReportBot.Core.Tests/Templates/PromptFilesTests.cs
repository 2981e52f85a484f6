using ReportBot.Core.Templates;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Templates;

public sealed class PromptFilesTests
{
    public static TheoryData<string> PromptFiles() => new(Directory.GetFiles(RepoPaths.Prompts, "*.md").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(PromptFiles))]
    public void Every_prompt_file_loads(string file)
    {
        var (template, errors) = TemplateParser.TryParse(file, File.ReadAllText(Path.Combine(RepoPaths.Prompts, file)));
        Assert.Empty(errors);
        Assert.NotNull(template);
        Assert.NotEmpty(template.Slots);
        Assert.All(template.Slots, s => Assert.False(string.IsNullOrWhiteSpace(s.Question)));
    }

    [Fact]
    public void The_catalog_holds_the_sample_and_at_least_two_more_types()
    {
        Assert.Empty(Catalogs.Prompts.Errors);
        Assert.Contains(Catalogs.Prompts.Templates, t => t.Id == "ideology" && t.Name == "意识形态工作总结");
        Assert.True(Catalogs.Prompts.Templates.Count >= 3, "Expected at least three report types.");
    }

    [Fact]
    public void The_sample_template_asks_every_fact_of_the_sample_report_and_the_unit_once()
    {
        var slots = Catalogs.Ideology.Slots;
        Assert.Single(slots, s => s.Kind == SlotKind.Text && s.Id == "unit");
        Assert.Equal(SlotKind.Period, slots[0].Kind);
        // The sample's 37 X: unit (13×, asked once), 15 counts (第X个 among them), 1 approximate count, 1 percent,
        // three media with their counts (one pairs question), and 第X个X宣传月 (a count and a text).
        Assert.Equal(15, slots.Count(s => s.Kind == SlotKind.Count));
        Assert.Single(slots, s => s.Kind == SlotKind.Approx);
        Assert.Single(slots, s => s.Kind == SlotKind.Percent);
        Assert.Single(slots, s => s.Kind == SlotKind.Pairs);
        Assert.Equal(2, slots.Count(s => s.Kind == SlotKind.Text));
    }
}
