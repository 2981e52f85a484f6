namespace ReportBot.Core.Templates;

/// <summary>Collects slots and errors while one template file is parsed.</summary>
internal sealed class ParseContext(SourceText source)
{
    private readonly List<SlotDefinition> _slots = [];
    private readonly List<(string Id, int Line)> _references = [];
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);
    private readonly List<(ConditionPart Condition, int Line)> _conditions = [];
    private readonly List<(string Id, string Form, int Line)> _forms = [];

    public SourceText Source { get; } = source;

    public List<TemplateError> Errors { get; } = [];

    public IReadOnlyList<SlotDefinition> Slots => _slots;

    public SectionRef Section { get; set; } = SectionRef.Header;

    /// <summary>True while parsing list items: slots there are optional; elsewhere they are required.</summary>
    public bool InList { get; set; }

    public void Error(int offset, string message) => Errors.Add(new TemplateError(Source.Path, Source.LineOf(offset), message));

    public void ErrorAtLine(int line, string message) => Errors.Add(new TemplateError(Source.Path, line, message));

    /// <summary>Reads what stands in <c>{{ }}</c>: a slot, a condition (<c>if …</c>) or <c>sections</c>.</summary>
    public TextPart? Read(string spec, int offset)
    {
        if (spec.StartsWith("if ", StringComparison.Ordinal))
        {
            var (condition, error) = ConditionSpec.Parse(spec[3..]);
            if (error is not null)
            {
                Error(offset, error);
                return null;
            }

            _conditions.Add((condition!, Source.LineOf(offset)));
            return condition;
        }

        if (spec == "sections")
        {
            UsesSections = true;
            return new SectionsPart();
        }

        return Register(SlotSpec.Parse(spec), offset);
    }

    /// <summary>True when the template prints <c>{{sections}}</c> (the draft is then built in two passes).</summary>
    public bool UsesSections { get; private set; }

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
            if (spec.Form is { } form)
            {
                _forms.Add((spec.Id, form, Source.LineOf(offset)));
            }

            return new SlotPart(spec.Id, spec.Form, IsDefinition: false);
        }

        if (_slots.Any(s => s.Id == pending.Id))
        {
            Error(offset, $"空位 id“{pending.Id}”重复定义；再次使用时请写 {{{{{pending.Id}}}}}");
            return null;
        }

        var required = !InList && pending.Kind is SlotKind.Text or SlotKind.Period or SlotKind.Unit or SlotKind.Choice;
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

    private void CheckCondition(ConditionPart condition, int line)
    {
        if (_slots.FirstOrDefault(s => s.Id == condition.SlotId) is not { } slot)
        {
            ErrorAtLine(line, $"条件引用了未定义的空位“{condition.SlotId}”");
            return;
        }

        var numeric = slot.Kind is SlotKind.Count or SlotKind.Approx or SlotKind.Percent or SlotKind.Confirm;
        if (ConditionSpec.IsNumeric(condition.Operator) && (!numeric || ConditionSpec.Number(condition.Value) is null))
        {
            ErrorAtLine(line, numeric
                ? $"条件“{condition.SlotId} {condition.Operator} {condition.Value}”的值应是数字"
                : $"“{condition.SlotId}”不是数字空位，不能用“{condition.Operator}”比较");
        }
        else if (condition.Operator is "=" or "!=" && slot.Kind == SlotKind.Choice && !slot.Options.Contains(condition.Value))
        {
            ErrorAtLine(line, $"“{condition.Value}”不是“{condition.SlotId}”的选项（{string.Join("、", slot.Options)}）");
        }
    }

    public void ReplaceSlot(SlotDefinition slot) => _slots[_slots.FindIndex(s => s.Id == slot.Id)] = slot;

    public void CheckReferences()
    {
        foreach (var (id, form, line) in _forms)
        {
            if (_slots.FirstOrDefault(s => s.Id == id) is { } slot && !ReportBot.Core.Slots.SlotKinds.Of(slot.Kind).Forms.Contains(form))
            {
                var forms = ReportBot.Core.Slots.SlotKinds.Of(slot.Kind).Forms;
                ErrorAtLine(line, forms.Count == 0
                    ? $"“{id}”是 {slot.Kind.ToString().ToLowerInvariant()} 空位，没有“.{form}”这种写法"
                    : $"“{id}.{form}”不存在：可用 {string.Join("、", forms.Select(f => id + "." + f))}");
            }
        }

        foreach (var (condition, line) in _conditions)
        {
            CheckCondition(condition, line);
        }

        foreach (var (id, line) in _references.Where(r => _slots.All(s => s.Id != r.Id) && !_broken.Contains(r.Id)))
        {
            ErrorAtLine(line, $"引用了未定义的空位“{id}”");
        }
    }
}
