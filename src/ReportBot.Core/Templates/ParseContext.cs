namespace ReportBot.Core.Templates;

/// <summary>Collects slots and errors while one template file is parsed.</summary>
internal sealed class ParseContext(SourceText source)
{
    private readonly List<SlotDefinition> _slots = [];
    private readonly List<(string Id, int Line)> _references = [];
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);

    public SourceText Source { get; } = source;

    public List<TemplateError> Errors { get; } = [];

    public IReadOnlyList<SlotDefinition> Slots => _slots;

    public SectionRef Section { get; set; } = SectionRef.Header;

    /// <summary>True while parsing list items: slots there are optional; elsewhere they are required.</summary>
    public bool InList { get; set; }

    public void Error(int offset, string message) => Errors.Add(new TemplateError(Source.Path, Source.LineOf(offset), message));

    public void ErrorAtLine(int line, string message) => Errors.Add(new TemplateError(Source.Path, line, message));

    public SlotPart? Register(SpecResult spec, int offset)
    {
        if (spec.Error is not null)
        {
            // The broken definition is reported once; references to it would only repeat the same mistake.
            Error(offset, spec.Error);
            _broken.Add(spec.Id);
            return null;
        }

        if (spec.Definition is not { } pending)
        {
            _references.Add((spec.Id, Source.LineOf(offset)));
            return new SlotPart(spec.Id, spec.Form, IsDefinition: false);
        }

        if (_slots.Any(s => s.Id == pending.Id))
        {
            Error(offset, $"空位 id“{pending.Id}”重复定义；再次使用时请写 {{{{{pending.Id}}}}}");
            return null;
        }

        var required = !InList && pending.Kind is SlotKind.Text or SlotKind.Period or SlotKind.Choice;
        _slots.Add(new SlotDefinition(
            pending.Id, pending.Kind, pending.Question, pending.Unit, pending.Extra, required, Source.LineOf(offset), Section));
        return new SlotPart(pending.Id, null, IsDefinition: true);
    }

    /// <summary>Records the literal text around each slot defined in <paramref name="text"/> (for repeat checks).</summary>
    public void RecordSurroundings(TemplateText text)
    {
        var flat = Flatten(text.Parts).ToList();
        for (var i = 0; i < flat.Count; i++)
        {
            var index = flat[i] is SlotPart { IsDefinition: true } definition ? _slots.FindIndex(s => s.Id == definition.SlotId) : -1;
            if (index < 0)
            {
                continue;
            }

            var before = string.Concat(flat.Take(i).Reverse().TakeWhile(p => p is LiteralPart).Reverse().Cast<LiteralPart>().Select(p => p.Text));
            var after = string.Concat(flat.Skip(i + 1).TakeWhile(p => p is LiteralPart).Cast<LiteralPart>().Select(p => p.Text));
            _slots[index] = _slots[index] with { TextBefore = before[Math.Max(0, before.Length - 8)..], TextAfter = after[..Math.Min(8, after.Length)] };
        }
    }

    private static IEnumerable<TextPart> Flatten(IEnumerable<TextPart> parts) =>
        parts.SelectMany(p => p is OptionalPart optional ? Flatten(optional.Parts) : [p]);

    public void ReplaceSlot(SlotDefinition slot) => _slots[_slots.FindIndex(s => s.Id == slot.Id)] = slot;

    public void CheckReferences()
    {
        foreach (var (id, line) in _references.Where(r => _slots.All(s => s.Id != r.Id) && !_broken.Contains(r.Id)))
        {
            ErrorAtLine(line, $"引用了未定义的空位“{id}”");
        }
    }
}
