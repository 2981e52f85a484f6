using System.Buffers;
using System.Text;

namespace ReportBot.Core.Answers;

/// <summary>
/// The characters <see cref="TextNormalizer.Clean"/> removes. They are invisible in a chat, so a user cannot
/// see them in an answer, yet they would reorder (bidi) or split (zero-width) the words of a draft.
/// </summary>
internal static class InvisibleText
{
    /// <summary>C0 except \t and \n, DEL, C1, bidi controls and zero-width characters.</summary>
    public static readonly SearchValues<char> Unwanted = SearchValues.Create(Build());

    /// <summary>True when the zero-width joiner at <paramref name="i"/> sits between two emoji.</summary>
    public static bool JoinsEmoji(string text, int i)
    {
        if (i == 0 || i + 1 >= text.Length
            || Rune.DecodeLastFromUtf16(text.AsSpan(0, i), out var before, out _) != OperationStatus.Done
            || Rune.DecodeFromUtf16(text.AsSpan(i + 1), out var after, out _) != OperationStatus.Done)
        {
            return false;
        }

        // U+FE0F (emoji presentation) ends sequences such as ❤️ and 🏳️ before a joiner.
        return (IsPictograph(before) || before.Value == 0xFE0F) && IsPictograph(after);
    }

    private static bool IsPictograph(Rune r) => r.Value is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2B00 and <= 0x2BFF);

    private static string Build()
    {
        var sb = new StringBuilder();
        for (var c = '\0'; c <= '\u009F'; c++)
        {
            if (char.IsControl(c) && c is not '\n' and not '\t')
            {
                sb.Append(c);
            }
        }

        sb.Append("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C");
        sb.Append("\u200B\u200C\u200D\u2060\uFEFF");
        return sb.ToString();
    }
}
