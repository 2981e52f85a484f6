namespace ReportBot.Rendering.TelegramHtml;

/// <summary>
/// Cuts Telegram HTML into pieces of at most a given number of visible characters. Each piece is filled as far as
/// it can go and ends at the last break of the first level that has one (a newline break drops the newline, any
/// other break character stays in the piece); with no break the cut is hard. Breaks before
/// <paramref name="minFill"/> visible characters are ignored, so a short title or heading is not left alone.
/// Tags stay balanced in every piece.
/// </summary>
internal static class HtmlCutter
{
    public static IReadOnlyList<string> Cut(string html, int limit, int minFill, params string[] breakLevels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        var tokens = HtmlTokenizer.Tokenize(html);
        var writer = new HtmlPieceWriter();
        var pieces = new List<string>();
        var start = 0;
        while (true)
        {
            var cut = FindCut(tokens, start, limit, minFill, breakLevels);
            for (var i = start; i < cut.End; i++)
            {
                writer.Write(tokens[i]);
            }

            pieces.Add(writer.EndPiece());
            if (cut.End == tokens.Count)
            {
                return pieces;
            }

            start = cut.Next;
        }
    }

    private static CutPoint FindCut(List<HtmlToken> tokens, int start, int limit, int minFill, string[] breakLevels)
    {
        var lastBreak = new int?[breakLevels.Length];
        var visible = 0;
        var hasContent = false;
        for (var i = start; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsTag)
            {
                continue;
            }

            if (visible + token.Visible > limit && visible > 0)
            {
                return BestBreak(tokens, lastBreak) ?? new CutPoint(i, i);
            }

            visible += token.Visible;
            hasContent |= !string.IsNullOrWhiteSpace(token.Text);
            for (var level = 0; level < breakLevels.Length; level++)
            {
                if (hasContent && visible >= minFill && breakLevels[level].Contains(token.Text, StringComparison.Ordinal))
                {
                    lastBreak[level] = i;
                }
            }
        }

        return new CutPoint(tokens.Count, tokens.Count);
    }

    private static CutPoint? BestBreak(List<HtmlToken> tokens, int?[] lastBreak)
    {
        var at = lastBreak.FirstOrDefault(b => b is not null);
        if (at is not { } i)
        {
            return null;
        }

        return tokens[i].Text == "\n" ? new CutPoint(i, i + 1) : new CutPoint(i + 1, i + 1);
    }

    /// <summary>The piece ends before <paramref name="End"/>; the next one starts at <paramref name="Next"/>.</summary>
    private readonly record struct CutPoint(int End, int Next);
}
