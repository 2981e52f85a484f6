using ReportBot.Core.Templates;

namespace ReportBot.Core.Tests.Support;

public static class Catalogs
{
    public static TemplateCatalog Prompts { get; } = TemplateCatalog.Load(RepoPaths.Prompts);

    public static ReportTemplate Ideology => Prompts.Find("ideology")!;

    /// <summary>A catalog of one template written inline in a test.</summary>
    public static TemplateCatalog Of(string markdown, string path = "test.md") => new([TemplateParser.Parse(path, markdown)]);
}
