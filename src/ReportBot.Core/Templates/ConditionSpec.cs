using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Templates;

/// <summary>
/// Reads <c>{{if …}}</c>: <c>{{if rate &lt; 100}}</c>, <c>{{if rate}}</c> (answered and not zero or empty),
/// <c>{{if !rate}}</c> (the opposite), <c>{{if style = 线上}}</c>. It stands in a <c>[ ]</c> with the words it decides.
/// </summary>
internal static partial class ConditionSpec
{
    /// <summary>The condition written after "if", or an error message.</summary>
    public static (ConditionPart? Condition, string? Error) Parse(string body)
    {
        var match = Pattern().Match(body.Trim());
        if (!match.Success)
        {
            return (null, $"条件“{{{{if {body}}}}}”写法不对：写作 {{{{if id}}}}、{{{{if !id}}}} 或 {{{{if id < 100}}}}（比较符 = != < <= > >=）");
        }

        var op = match.Groups["not"].Success ? "!" : match.Groups["op"].Value;
        return (new ConditionPart(match.Groups["id"].Value, op, match.Groups["value"].Value.Trim()), null);
    }

    /// <summary>True for operators that compare numbers.</summary>
    public static bool IsNumeric(string op) => op is "<" or "<=" or ">" or ">=";

    /// <summary>The value as a number, when it is one.</summary>
    public static decimal? Number(string value) =>
        decimal.TryParse(value.TrimEnd('%', '％'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;

    [GeneratedRegex(@"^(?:(?<not>!)\s*)?(?<id>[A-Za-z][A-Za-z0-9_]*)(?:\s*(?<op><=|>=|!=|=|<|>)\s*(?<value>\S.*))?$")]
    private static partial Regex Pattern();
}
