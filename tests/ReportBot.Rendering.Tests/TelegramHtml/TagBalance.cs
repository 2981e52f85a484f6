using System.Text.RegularExpressions;

namespace ReportBot.Rendering.Tests.TelegramHtml;

/// <summary>Checks that a message only uses tags Telegram allows, every one closed in order and none empty.</summary>
public static partial class TagBalance
{
    private static readonly string[] Allowed = ["b", "i", "u", "s", "a", "code", "pre", "blockquote", "tg-spoiler"];

    public static void AssertBalanced(string html)
    {
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value;
            Assert.Contains(name, Allowed);
            if (tag.Groups["close"].Success)
            {
                Assert.True(open.Count > 0, $"Stray </{name}> in: {html}");
                Assert.Equal(open.Pop(), name);
            }
            else
            {
                open.Push(name);
            }
        }

        Assert.True(open.Count == 0, $"Unclosed <{string.Join(", ", open)}> in: {html}");
        Assert.DoesNotMatch(EmptyElement(), html);
        Assert.DoesNotContain("<br", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<(?<close>/)?(?<name>[a-z-]+)[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("<([a-z-]+)[^>]*></\\1>")]
    private static partial Regex EmptyElement();
}
