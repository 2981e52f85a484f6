using System.Net;
using System.Text;

namespace ReportBot.FakeBotApi.Protocol;

/// <summary>Checks Bot API HTML the way Telegram rejects it and measures the visible length.</summary>
internal static class HtmlChecker
{
    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal)
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "tg-emoji",
        "code", "pre", "blockquote", "tg-time",
    };

    /// <summary>Returns the error description (without "Bad Request: ") or null; <paramref name="visible"/> is the text after parsing.</summary>
    public static string? Check(string text, string? parseMode, out string visible)
    {
        if (!string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase))
        {
            visible = text;
            return null;
        }

        var plain = new StringBuilder();
        var open = new Stack<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<')
            {
                var end = text.IndexOf('>', i);
                if (end < 0)
                {
                    visible = plain.ToString();
                    return $"can't parse entities: Unclosed start tag at byte offset {ByteOffset(text, i)}";
                }

                var error = Tag(text[(i + 1)..end], open, ByteOffset(text, i));
                if (error is not null)
                {
                    visible = plain.ToString();
                    return "can't parse entities: " + error;
                }

                i = end + 1;
            }
            else if (c == '&' && text.IndexOf(';', i) is var semi and > 0 && semi - i <= 10)
            {
                plain.Append(WebUtility.HtmlDecode(text[i..(semi + 1)]));
                i = semi + 1;
            }
            else
            {
                plain.Append(c);
                i++;
            }
        }

        visible = plain.ToString();
        return open.Count > 0
            ? $"can't parse entities: Can't find end tag corresponding to start tag \"{open.Peek()}\""
            : null;
    }

    private static string? Tag(string inner, Stack<string> open, int offset)
    {
        if (inner.StartsWith('/'))
        {
            var closing = inner[1..].Trim();
            if (open.Count == 0 || !string.Equals(open.Peek(), closing, StringComparison.Ordinal))
            {
                return $"Unmatched end tag at byte offset {offset}, expected \"</{(open.Count > 0 ? open.Peek() : "")}>\", found \"</{closing}>\"";
            }

            open.Pop();
            return null;
        }

        var name = inner.Split([' ', '\t', '\n'], 2)[0];
        if (!Supported.Contains(name))
        {
            return $"Unsupported start tag \"{name}\" at byte offset {offset}";
        }

        open.Push(name);
        return null;
    }

    private static int ByteOffset(string text, int index) => Encoding.UTF8.GetByteCount(text.AsSpan(0, index));
}
