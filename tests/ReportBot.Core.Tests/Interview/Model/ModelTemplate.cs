using ReportBot.Core.Templates;

namespace ReportBot.Core.Tests.Interview.Model;

/// <summary>A template with one slot of every kind, each alone in its item, so every kept answer must reach the draft.</summary>
public static class ModelTemplate
{
    public const string Markdown = """
        ---
        id: model
        version: 1
        name: 模型测试总结
        signoff: unit
        ---

        # {{period period | 报告期是？}}模型测试总结

        {{text unit | 单位名称是？}}认真开展各项工作。

        ## 主要工作

        ### 抓好学习。

        - 组织学习{{count study 次 | 组织了几次学习？}}次。
        - 开展宣传{{approx events 场 | 大约开展了多少场宣传？}}场。
        - 群众满意率达{{percent rate | 满意率是多少？}}%。

        ### 抓好宣传。

        - 举办了[{{list acts | 举办了哪些活动？}}等]活动。
        - [先后{{pairs media 篇 | 在哪些媒体发表了信息？ | 在{name}发表信息{count}篇}}。]
        - 采用{{choice style | 主要采用什么方式？ | 线上 / 线下}}方式。
        - {{free more | 还有其他工作吗？}}

        ## 存在的问题

        工作中还存在一些不足：

        - {{defaults problems | 存在的问题：}}
        - 学习不够深入。
        - 宣传形式单一。
        """;

    public static TemplateCatalog Catalog { get; } = new([TemplateParser.Parse("model.md", Markdown)]);

    public static ReportTemplate Template => Catalog.Templates[0];
}
