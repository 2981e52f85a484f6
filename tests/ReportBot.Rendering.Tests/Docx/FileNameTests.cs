using ReportBot.Core.Drafting;
using ReportBot.Rendering.Docx;

namespace ReportBot.Rendering.Tests.Docx;

public sealed class FileNameTests
{
    [Theory]
    [InlineData("2020年上半年意识形态工作总结", "2020年上半年意识形态工作总结.docx")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j.docx")]
    [InlineData("  标题\t. ", "标题_.docx")]
    [InlineData("...", "工作总结.docx")]
    [InlineData("", "工作总结.docx")]
    public void FileNameIsTheTitleWithInvalidCharactersReplaced(string title, string expected) =>
        Assert.Equal(expected, DocxRenderer.FileNameFor(new Draft(title, [])));

    [Fact]
    public void An_unfinished_draft_never_takes_the_finished_reports_file_name()
    {
        var finished = new Draft("2020年上半年意识形态工作总结", []);
        var unfinished = finished with { Unanswered = ["（三）坚持正面宣传"] };
        Assert.Equal("2020年上半年意识形态工作总结（未完成草稿）.docx", DocxRenderer.FileNameFor(unfinished));
        Assert.NotEqual(DocxRenderer.FileNameFor(finished), DocxRenderer.FileNameFor(unfinished));
    }

    [Fact]
    public void VeryLongTitlesAreShortened()
    {
        var name = DocxRenderer.FileNameFor(new Draft(new string('长', 500), []));
        Assert.Equal(125, name.Length);
        Assert.EndsWith(".docx", name, StringComparison.Ordinal);
    }
}
