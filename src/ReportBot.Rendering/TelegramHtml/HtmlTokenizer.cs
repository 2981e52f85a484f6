using System.Globalization;

namespace ReportBot.Rendering.TelegramHtml;

/// <summary>Reads Telegram HTML as Telegram does: tags, the entities it knows, and everything else as text.</summary>
internal static class HtmlTokenizer
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["lt"] = "<",
        ["gt"] = ">",
        ["amp"] = "&",
        ["quot"] = "\"",
    };

    public static List<HtmlToken> Tokenize(string html)
    {
        var tokens = new List<HtmlToken>();
        var i = 0;
        while (i < html.Length)
        {
            var token = ReadTag(html, i) ?? ReadEntity(html, i) ?? ReadChar(html, i);
            tokens.Add(token);
            i += token.Raw.Length;
        }

        return tokens;
    }

    private static HtmlToken? ReadTag(string html, int start)
    {
        if (html[start] != '<')
        {
            return null;
        }

        var end = html.IndexOf('>', start);
        if (end < 0)
        {
            return null;
        }

        var raw = html[start..(end + 1)];
        var closing = raw.StartsWith("</", StringComparison.Ordinal);
        var name = new string(raw[(closing ? 2 : 1)..^1].TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c == '-').ToArray());
        return name.Length == 0 ? null : HtmlToken.Tag(raw, name.ToLowerInvariant(), closing);
    }

    private static HtmlToken? ReadEntity(string html, int start)
    {
        if (html[start] != '&')
        {
            return null;
        }

        var end = html.IndexOf(';', start);
        if (end < 0 || end - start > 10)
        {
            return null;
        }

        var raw = html[start..(end + 1)];
        var name = raw[1..^1];
        if (Named.TryGetValue(name, out var text))
        {
            return HtmlToken.Char(raw, text);
        }

        return Number(name) is { } code ? HtmlToken.Char(raw, char.ConvertFromUtf32(code)) : null;
    }

    private static int? Number(string name)
    {
        if (!name.StartsWith('#'))
        {
            return null;
        }

        var hex = name.StartsWith("#x", StringComparison.OrdinalIgnoreCase);
        var digits = name[(hex ? 2 : 1)..];
        var style = hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
        var valid = int.TryParse(digits, style, CultureInfo.InvariantCulture, out var code)
            && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF);
        return valid ? code : null;
    }

    private static HtmlToken ReadChar(string html, int start)
    {
        var length = char.IsHighSurrogate(html[start]) && start + 1 < html.Length && char.IsLowSurrogate(html[start + 1]) ? 2 : 1;
        var raw = html.Substring(start, length);
        return HtmlToken.Char(raw, raw);
    }
}
