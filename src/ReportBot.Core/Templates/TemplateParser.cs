using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using ReportBot.Core.Drafting;

namespace ReportBot.Core.Templates;

/// <summary>
/// Reads a template written in Markdown: <c>#</c> is the title, <c>##</c>…<c>#####</c> are sections, paragraphs
/// are prose, list items are the 一是/二是 items; slots stand inline. Markdig gives the block structure; the text
/// of each block is taken from the source as written, so template prose is never read as Markdown markup.
/// </summary>
public static class TemplateParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <summary>Parses a template, or throws <see cref="TemplateException"/> with every error found.</summary>
    public static ReportTemplate Parse(string path, string text)
    {
        var (template, errors) = TryParse(path, text);
        return template ?? throw new TemplateException(errors);
    }

    /// <summary>Parses a template; on errors the template is null and the errors say <c>file:line: what</c>.</summary>
    public static (ReportTemplate? Template, IReadOnlyList<TemplateError> Errors) TryParse(string path, string text)
    {
        var context = new ParseContext(new SourceText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal)));
        var document = Markdown.Parse(context.Source.Text, Pipeline);
        var front = FrontMatter.Read(document.Descendants<YamlFrontMatterBlock>().FirstOrDefault(), context);
        var walker = new BodyWalker(context);
        var (title, body) = walker.Walk(document);
        context.CheckReferences();
        CheckSignOff(front, context);
        CheckApproximations(context);
        ProseRules.Check(context);
        if (title is null)
        {
            context.ErrorAtLine(1, "缺少标题：请用“# ”开头写一行报告标题，如“# {{period period | 报告期是？}}意识形态工作总结”");
        }

        if (context.Errors.Count > 0 || title is null)
        {
            return (null, context.Errors.OrderBy(e => e.Line).ToList());
        }

        var (signOffSlot, signOffForm) = SplitSignOff(front.SignOff);
        var template = new ReportTemplate(
            front.Id!, front.Version!.Value, front.Name!, title, body, context.Slots, signOffSlot, path)
        {
            UsesSections = context.UsesSections,
            SignOffForm = signOffForm,
            LogRules = walker.LogRules,
        };
        return (template, []);
    }

    /// <summary>"unit" or "unit.office": the slot that signs, and the form it signs with.</summary>
    private static (string? Slot, string? Form) SplitSignOff(string? signOff) =>
        signOff?.Split('.', 2) is [var slot, var form] ? (slot, form) : (signOff, null);

    private static void CheckSignOff(FrontMatter front, ParseContext context)
    {
        var (id, form) = SplitSignOff(front.SignOff);
        if (id is null)
        {
            return;
        }

        if (context.Slots.FirstOrDefault(s => s.Id == id && s.Kind is SlotKind.Text or SlotKind.Unit) is not { } slot)
        {
            context.ErrorAtLine(1, $"signoff 应为一个 unit（或 text）空位的 id（落款单位），未找到“{id}”");
        }
        else if (form is not null && !Slots.SlotKinds.Of(slot.Kind).Forms.Contains(form))
        {
            context.ErrorAtLine(1, $"signoff 的写法“{id}.{form}”不存在：可用 {string.Join("、", Slots.SlotKinds.Of(slot.Kind).Forms.Select(f => id + "." + f))}");
        }
    }

    /// <summary>An approx slot prints "50余" itself (only for round numbers): a 余 or 多 after it would print twice.</summary>
    private static void CheckApproximations(ParseContext context)
    {
        foreach (var slot in context.Slots.Where(s => s.Kind == SlotKind.Approx && s.TextAfter.Length > 0 && s.TextAfter[0] is '余' or '多'))
        {
            context.ErrorAtLine(slot.Line, $"approx 空位“{slot.Id}”会自己在整十的数后加“余”（如“50余”），其他数照写：请删去紧跟在它后面的“{slot.TextAfter[0]}”");
        }
    }

    /// <summary>Walks the Markdig blocks and builds title, opening paragraphs and nested sections.</summary>
    private sealed class BodyWalker(ParseContext context)
    {
        private readonly Stack<(int Level, List<TemplateNode> Children)> _open = new();
        private readonly int[] _counters = new int[6];

        public IReadOnlyList<SlotLogRule> LogRules { get; private set; } = [];

        public (TemplateText? Title, IReadOnlyList<TemplateNode> Body) Walk(MarkdownDocument document)
        {
            TemplateText? title = null;
            var root = new List<TemplateNode>();
            _open.Push((0, root));
            foreach (var block in document)
            {
                switch (block)
                {
                    case YamlFrontMatterBlock:
                        break;
                    case HeadingBlock { Level: 1 } heading:
                        if (title is not null)
                        {
                            context.Error(heading.Span.Start, "只能有一个“# ”标题");
                        }

                        title = InlineParser.Parse(context, HeadingTextStart(heading), heading.Span.End + 1);
                        break;
                    case HeadingBlock heading:
                        OpenSection(heading);
                        break;
                    case ParagraphBlock paragraph:
                        var prose = ParseLeaf(paragraph);
                        FragmentRules.CheckProse(context, prose, paragraph.Span.Start);
                        FragmentRules.CheckLeadIns(context, prose, paragraph.Span.Start);
                        FragmentRules.CheckFragments(context, prose, paragraph.Span.Start);
                        _open.Peek().Children.Add(new TemplateParagraph(prose));
                        break;
                    case ListBlock list:
                        _open.Peek().Children.Add(new ListReader(context).Read(list));
                        break;
                    case FencedCodeBlock { Info: WorkLogBlock.InfoString } workLog:
                        LogRules = WorkLogBlock.Read(workLog, document, context);
                        break;
                    default:
                        context.Error(block.Span.Start, $"模板中不支持这种写法（{block.GetType().Name}）：只用标题、段落和列表");
                        break;
                }
            }

            return (title, root);
        }

        private TemplateText ParseLeaf(LeafBlock block) => InlineParser.Parse(context, block.Span.Start, block.Span.End + 1);

        private void OpenSection(HeadingBlock heading)
        {
            var level = heading.Level - 1;
            while (_open.Peek().Level >= level)
            {
                _open.Pop();
            }

            if (level > _open.Peek().Level + 1)
            {
                context.Error(heading.Span.Start, $"标题层级跳跃：{new string('#', heading.Level)} 之前缺少上一级标题");
            }

            _counters[level]++;
            Array.Clear(_counters, level + 1, _counters.Length - level - 1);
            var text = InlineParser.Parse(context, HeadingTextStart(heading), heading.Span.End + 1);
            var reference = level <= 2 ? MakeRef(level, text) : context.Section;
            context.Section = reference;
            var children = new List<TemplateNode>();
            _open.Peek().Children.Add(new TemplateSection(level, text, reference, children));
            _open.Push((level, children));
        }

        private SectionRef MakeRef(int level, TemplateText text)
        {
            var number = Numbering.Heading(level, _counters[level]);
            var literal = string.Concat(text.Parts.OfType<LiteralPart>().Select(p => p.Text));
            var cut = literal.IndexOfAny(['，', '。', '；']);
            var shortLabel = number + (cut > 0 ? literal[..cut] : literal.TrimEnd('。'));
            var key = level == 1 ? $"s{_counters[1]}" : $"s{_counters[1]}.{_counters[2]}";
            var label = level == 1 ? shortLabel : $"{Numbering.Heading(1, _counters[1])}… {shortLabel}";
            return new SectionRef(key, label, shortLabel);
        }

        private int HeadingTextStart(HeadingBlock heading)
        {
            var i = heading.Span.Start;
            var text = context.Source.Text;
            while (i <= heading.Span.End && text[i] is '#' or ' ' or '\t')
            {
                i++;
            }

            return i;
        }
    }
}
