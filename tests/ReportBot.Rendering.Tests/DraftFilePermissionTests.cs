using ReportBot.Rendering.Docx;
using ReportBot.Rendering.Tests.Docx;

namespace ReportBot.Rendering.Tests;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DraftFilePermissionTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("reportbot-drafts-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Drafts_and_their_folder_are_readable_by_the_owner_only()
    {
        var folder = Path.Combine(_root.FullName, "drafts");
        var writer = new DraftFileWriter([new DocxFormat(new DocxOptions()), new MarkdownFormat(), new PlainTextFormat()]);
        var paths = writer.Write(SampleDraft.Create(), folder);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        Assert.Equal(3, paths.Count);
        Assert.All(paths, p => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(p)));
    }
}
