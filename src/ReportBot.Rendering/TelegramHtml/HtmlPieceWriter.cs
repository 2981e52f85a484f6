using System.Text;

namespace ReportBot.Rendering.TelegramHtml;

/// <summary>
/// Writes a run of tokens as one balanced message: tags still open at the end are closed, and reopened at the start
/// of the next piece. A tag is written only once text follows it, so no piece holds an empty element.
/// </summary>
internal sealed class HtmlPieceWriter
{
    private readonly List<OpenTag> _open = [];
    private readonly StringBuilder _output = new();

    public void Write(HtmlToken token)
    {
        if (token.IsOpening)
        {
            _open.Add(new OpenTag(token));
        }
        else if (token.IsClosing)
        {
            Close(token);
        }
        else
        {
            WritePendingTags();
            _output.Append(token.Raw);
        }
    }

    /// <summary>Ends the piece: closes what is open and returns the piece; the open tags carry over to the next.</summary>
    public string EndPiece()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Written)
            {
                _output.Append("</").Append(_open[i].Tag.TagName).Append('>');
                _open[i].Written = false;
            }
        }

        var piece = _output.ToString();
        _output.Clear();
        return piece;
    }

    private void Close(HtmlToken token)
    {
        // Only the innermost open tag can close: a stray or misnested closing tag is dropped.
        if (_open.Count == 0 || _open[^1].Tag.TagName != token.TagName)
        {
            return;
        }

        if (_open[^1].Written)
        {
            _output.Append(token.Raw);
        }

        _open.RemoveAt(_open.Count - 1);
    }

    private void WritePendingTags()
    {
        foreach (var open in _open.Where(o => !o.Written))
        {
            _output.Append(open.Tag.Raw);
            open.Written = true;
        }
    }

    private sealed class OpenTag(HtmlToken tag)
    {
        public HtmlToken Tag { get; } = tag;

        public bool Written { get; set; }
    }
}
