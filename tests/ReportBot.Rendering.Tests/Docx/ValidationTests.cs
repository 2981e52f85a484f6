using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using ReportBot.Core.Drafting;

namespace ReportBot.Rendering.Tests.Docx;

public sealed class ValidationTests
{
    public static TheoryData<string> Drafts => ["sample", "edge cases"];

    private static Draft Create(string name) => name == "sample"
        ? SampleDraft.Create()
        : new Draft(
            "<b>&标题😀",
            [
                new DraftHeading(1, "一、", "<i>&"),
                new DraftParagraph(string.Empty, new DraftHeading(2, "（一）", "只有标题。")),
                new DraftParagraph("第一行\n第二行\u0001"),
                new DraftHeading(3, "1.", "三级"),
                new DraftHeading(4, "（1）", "四级"),
            ],
            new DraftSignOff("单位", "2026年11月29日"));

    [Theory]
    [MemberData(nameof(Drafts))]
    public void PackageHasNoValidationErrors(string name)
    {
        using var package = new DocxPackage(Create(name));
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package.Document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.Empty(errors);
    }
}
