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
        var template = Catalogs.Ideology;
        Assert.Equal(SlotKind.Period, template.Slots[0].Kind);
        Assert.Single(template.Slots, s => s.Kind == SlotKind.Unit && s.Id == "unit");
        // The sample's 37 X: the unit (13×, asked once), 15 counts (第X个 among them), 1 approximate count, 1 percent,
        // three media with their counts (one pairs question), and 第X个X宣传月 (a count and a text).
        string[] counts =
        [
            "topic_meetings", "analysis_meetings", "party_days", "party_lectures", "seminars", "group_study", "theory_study", "trainings",
            "wechat_posts", "culture_count", "series_count", "disputes", "month_ordinal", "prevention_lectures", "anti_crime_events",
        ];
        Assert.All(counts, id => Assert.Equal(SlotKind.Count, template.Slot(id).Kind));
        Assert.Equal(SlotKind.Approx, template.Slot("prevention_events").Kind);
        Assert.Equal(SlotKind.Percent, template.Slot("mediation_rate").Kind);
        Assert.Equal(SlotKind.Pairs, template.Slot("media").Kind);
        Assert.Equal(SlotKind.Text, template.Slot("month_theme").Kind);
    }

    [Theory]
    [MemberData(nameof(PromptFiles))]
    public void Every_fixed_fact_of_a_template_stands_with_a_confirmation_or_an_answer(string file)
    {
        // Items of the main section hold a slot (a count, a list, a yes/no confirmation): nothing is stated that the
        // user was not asked, except the opening sentence of a subsection's direction of work.
        var template = TemplateParser.Parse(file, File.ReadAllText(Path.Combine(RepoPaths.Prompts, file)));
        var main = template.Body.OfType<TemplateSection>().First();
        var items = main.Children.OfType<TemplateSection>().SelectMany(s => s.Children.OfType<TemplateList>()).SelectMany(l => l.Items).OfType<TextItem>().ToList();
        var unconfirmed = items.Where(i => !i.Text.Slots.Any(s => !template.Slot(s.SlotId).Required)).ToList();
        Assert.True(unconfirmed.Count <= 1, $"{file}: {unconfirmed.Count} items state facts nobody confirmed");
    }
}
