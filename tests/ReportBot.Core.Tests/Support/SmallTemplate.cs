namespace ReportBot.Core.Tests.Support;

/// <summary>A short template for conversation tests: header, two subsections, a defaults section.</summary>
public static class SmallTemplate
{
    public const string Markdown = """
        ---
        id: small
        version: 1
        name: 测试工作总结
        signoff: unit
        ---

        # {{period period | 报告期是？}}测试工作总结

        {{period.intro}}，{{text unit | 单位名称是？}}认真开展各项工作。

        ## 主要工作

        ### 抓好学习。

        - 组织学习{{count study 次 | 组织了几次学习？}}次。
        - 召开会议{{count meetings 次 | 召开了几次会议？}}次。

        ### 抓好宣传。

        - [发布信息{{count posts 篇 | 发布了多少篇信息？}}篇][，阅读率达{{percent reach | 阅读率是多少？}}%]。
        - 举办了{{list events | 举办了哪些活动？}}等活动。

        ## 存在的问题

        工作中还存在一些不足：

        - {{defaults problems | 存在的问题：}}
        - 学习不够深入。
        - 宣传形式单一。
        """;

    public static ChatScript Start(ChatScript? chat = null)
    {
        chat ??= new ChatScript(catalog: Catalogs.Of(Markdown));
        return chat.Send("/start").Press("测试工作总结");
    }
}
