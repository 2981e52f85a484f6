using System.Text;

namespace ReportBot.Rendering.Docx;

/// <summary>A file name that is valid on Windows, macOS and Linux.</summary>
internal static class DocxFileName
{
    private const int MaxStemLength = 120;
    private const string Fallback = "工作总结";

    public static string For(string title)
    {
        var stem = new StringBuilder(title.Length);
        foreach (var c in title.Trim())
        {
            stem.Append(c < ' ' || c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }

        var name = stem.ToString().TrimEnd('.', ' ');
        if (name.Length > MaxStemLength)
        {
            name = name[..MaxStemLength];
            if (char.IsHighSurrogate(name[^1]))
            {
                name = name[..^1];
            }
        }

        return (name.Length == 0 ? Fallback : name) + ".docx";
    }
}
