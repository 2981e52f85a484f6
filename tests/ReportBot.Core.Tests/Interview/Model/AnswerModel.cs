using ReportBot.Core.Answers;
using ReportBot.Core.Interview;
using ReportBot.Core.Slots;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Tests.Interview.Model;

/// <summary>
/// A simple model of what the user has said: the answer each question should hold, written from the product's
/// rules rather than from the engine. It reads only what the user sees (the phase, the question shown, the buttons
/// offered) to know what an input means, then predicts the answers.
/// </summary>
public sealed class AnswerModel(ReportTemplate template)
{
    private static readonly HashSet<Phase> AskingPhases = [Phase.Asking, Phase.EditingSection, Phase.Revising];
    private readonly List<string> _pendingItems = [];
    private readonly List<string> _pendingPairs = [];
    private bool _cleared;
    private bool _baseIncluded;
    private DefaultsMode? _mode;
    private string? _unconfirmed;
    private List<string> _choices = [];
    private Dictionary<string, string> _snapshot = [];
    private string? _question;

    /// <summary>The expected answers by slot, normalised (see <see cref="Normal"/>).</summary>
    public Dictionary<string, string> Expected { get; private set; } = [];

    /// <summary>A comparable form of an answer.</summary>
    public static string Normal(SlotAnswer a) =>
        a.Skipped ? "skip"
        : a.Mode is { } mode ? $"mode:{mode}:{string.Join("|", a.Items ?? [])}"
        : a.Pairs is { } pairs ? "pairs:" + string.Join("|", pairs.Select(p => $"{p.Name}={p.Count}"))
        : a.Items is { } items ? "items:" + string.Join("|", items)
        : a.Number is { } n ? $"n:{n}"
        : a.Percent is { } pct ? $"pct:{pct:0.##}"
        : "t:" + a.Text;

    /// <summary>Applies the meaning of <paramref name="input"/>, given what the user saw before sending it.</summary>
    public void Apply(ConversationState before, TextReply prompt, UserInput input)
    {
        switch (input)
        {
            case ChoiceInput choice:
                var separator = choice.Data.IndexOf('|', StringComparison.Ordinal);
                var fresh = separator > 0 && choice.Data[..separator] == before.Step.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var verb = separator > 0 ? choice.Data[(separator + 1)..] : string.Empty;
                if (fresh && prompt.Choices.Any(c => c.Data == choice.Data))
                {
                    Press(before, verb);
                }

                break;
            case TextInput text:
                Typed(before, prompt, text.Text.Trim());
                break;
        }
    }

    /// <summary>
    /// Called after the step: another question asked takes the half-collected answer with it; a detour that comes
    /// back to the same question (a declined /cancel) keeps it.
    /// </summary>
    public void Settle(ConversationState before, ConversationState after)
    {
        var question = Current(after) is { } slot ? $"{after.Interview!.TemplateId}:{after.Interview.Edit is null}:{after.Interview.Position}:{slot.Id}" : null;
        if (question is not null && question != _question)
        {
            Reset();
        }

        _question = question ?? _question;
        if (after.Interview is null)
        {
            (_question, _snapshot) = (null, []);
            Reset();
        }
    }

    /// <summary>The question's answer is given: what was being collected for it is used up.</summary>
    private void Store(string slotId, string value)
    {
        Expected[slotId] = value;
        _question = null;
        Reset();
    }

    private void Reset()
    {
        _pendingItems.Clear();
        _pendingPairs.Clear();
        (_cleared, _baseIncluded, _mode, _unconfirmed) = (false, false, null, null);
        _choices = [];
    }

    private SlotDefinition? Current(ConversationState state) =>
        AskingPhases.Contains(state.Phase) && state.Interview is { } i && i.Position < template.Slots.Count ? template.Slots[i.Position] : null;

    private void Typed(ConversationState before, TextReply prompt, string text)
    {
        if (CommandParser.Parse(text).Command is var command and not ReportBot.Core.Interview.Command.None)
        {
            Command(before, command.ToString().ToLowerInvariant());
            return;
        }

        var label = prompt.Choices.FirstOrDefault(c => c.Label == text)
            ?? (prompt.Numbered && int.TryParse(text, out var number) && number >= 1 && number <= prompt.Choices.Count ? prompt.Choices[number - 1] : null)
            ?? (prompt.Numbered && text.Length >= 2 && prompt.Choices.Where(c => c.Label.StartsWith(text, StringComparison.Ordinal)).ToList() is [var only] ? only : null);
        if (label is not null)
        {
            Press(before, label.Data[(label.Data.IndexOf('|', StringComparison.Ordinal) + 1)..]);
            return;
        }

        if (Current(before) is not { } slot)
        {
            return;
        }

        // A yes or no at a "确定这样写吗？" prompt answers the prompt: yes confirms a single way, no starts again.
        if ((_unconfirmed is not null || _choices.Count > 0) && !AnswerParser.IsDoneWord(text)
            && (AnswerParser.IsNoWord(text) || AnswerParser.IsYesWord(text)))
        {
            if (AnswerParser.IsNoWord(text))
            {
                Reset();
            }
            else if (_unconfirmed is not null)
            {
                Store(slot.Id, _unconfirmed);
            }

            return;
        }

        if (text == "完成" && slot.Kind is SlotKind.List or SlotKind.Pairs or SlotKind.Free or SlotKind.Defaults)
        {
            Done(before, slot);
            return;
        }

        Answer(slot, text);
    }

    private void Answer(SlotDefinition slot, string text)
    {
        _choices = [];
        switch (slot.Kind)
        {
            case SlotKind.Count or SlotKind.Approx when AnswerParser.ReadCount(text, slot.Unit) is { Success: true } count:
                Store(slot.Id, $"n:{count.Value!.Value}");
                break;
            case SlotKind.Percent when AnswerParser.Percent(text) is { Success: true } percent:
                Store(slot.Id, $"pct:{percent.Value:0.##}");
                break;
            case SlotKind.Period when PeriodOptions.Normalize(text) is { } period:
                Store(slot.Id, "t:" + period);
                break;
            case SlotKind.Choice when slot.Options.Contains(text):
                Store(slot.Id, "t:" + text);
                break;
            case SlotKind.Text when TextChecks.Doubt(text) is not null:
                _unconfirmed = "t:" + text;
                break;
            case SlotKind.Text:
                Store(slot.Id, "t:" + text);
                break;
            case SlotKind.List or SlotKind.Free or SlotKind.Defaults when AnswerParser.IsYesWord(text) && !AnswerParser.IsDoneWord(text):
                break; // "有": asked for the items themselves
            case SlotKind.List or SlotKind.Free:
                _pendingItems.Add(text);
                break;
            case SlotKind.Defaults when _mode is DefaultsMode.Replace or DefaultsMode.Extend:
                _pendingItems.Add(text);
                break;
            case SlotKind.Pairs when AnswerParser.Pairs(text, slot.Unit) is { Success: true } pairs:
                _pendingPairs.AddRange(pairs.Value!.Select(p => $"{p.Name}={p.Count}"));
                break;
        }
    }

    private void Done(ConversationState before, SlotDefinition slot)
    {
        var nothingNew = _pendingItems.Count == 0 && _pendingPairs.Count == 0 && !_cleared && _mode is null;
        if (nothingNew)
        {
            Store(slot.Id, Expected.GetValueOrDefault(slot.Id) ?? slot.Kind switch { SlotKind.Free => "items:", SlotKind.Defaults => "mode:Keep:", _ => "skip" });
            return;
        }

        var current = before.Interview!.Answers.GetValueOrDefault(slot.Id);
        var keepOld = !_cleared && !_baseIncluded && current is { Skipped: false };
        switch (slot.Kind)
        {
            case SlotKind.Pairs:
                var pairs = (keepOld ? (current!.Pairs ?? []).Select(p => $"{p.Name}={p.Count}") : []).Concat(_pendingPairs).ToList();
                Store(slot.Id, pairs.Count == 0 ? "skip" : "pairs:" + string.Join("|", pairs));
                break;
            case SlotKind.Defaults:
                var own = (keepOld ? current!.Items ?? [] : []).Concat(_pendingItems).ToList();
                if (_mode is null or DefaultsMode.Keep || own.Count == 0)
                {
                    Store(slot.Id, "mode:Keep:");
                    break;
                }

                Propose(slot, own, kept => kept.Count == 0 && _mode == DefaultsMode.Replace ? "skip" : $"mode:{_mode}:{string.Join("|", kept)}", $"mode:{_mode}:{string.Join("|", own)}");
                break;
            default:
                var items = (keepOld ? current!.Items ?? [] : []).Concat(_pendingItems).ToList();
                if (items.Count == 0)
                {
                    Store(slot.Id, slot.Kind == SlotKind.List ? "skip" : "items:");
                    break;
                }

                Propose(slot, items, kept => kept.Count == 0 && slot.Kind == SlotKind.List ? "skip" : "items:" + string.Join("|", kept), "items:" + string.Join("|", items));
                break;
        }
    }

    /// <summary>Items written twice or stray are put back to the user (left out, or as typed).</summary>
    private void Propose(SlotDefinition slot, List<string> items, Func<List<string>, string> write, string asTyped)
    {
        // Items written twice, here or in another list of the report.
        var elsewhere = slot.Kind is SlotKind.List or SlotKind.Free
            ? template.Slots.Where(s => s.Id != slot.Id && s.Kind is SlotKind.List or SlotKind.Free && Expected.TryGetValue(s.Id, out var e) && e.StartsWith("items:", StringComparison.Ordinal))
                .SelectMany(s => Expected[s.Id]["items:".Length..].Split('|')).ToHashSet()
            : [];
        // Items written twice, and items that are no work (a bare number, 是), are suggested away.
        var kept = items.Distinct().Where(i => !elsewhere.Contains(i) && !TextChecks.IsStray(i)).ToList();
        if (kept.Count == items.Count)
        {
            Store(slot.Id, asTyped);
            return;
        }

        _choices = [write(kept), asTyped];
    }

    private void Press(ConversationState before, string verb)
    {
        var slot = Current(before);
        var (name, argument) = verb.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? (verb[..colon], verb[(colon + 1)..]) : (verb, string.Empty);
        switch (name)
        {
            case "tpl" or "yes":
                Expected = [];
                break;
            case "opt" when slot is not null:
                var options = slot.Kind == SlotKind.Period
                    ? PeriodOptions.For(new DateOnly(2026, 11, 29)).Select(o => o.Value).ToList()
                    : slot.Options.ToList();
                Store(slot.Id, "t:" + options[int.Parse(argument, System.Globalization.CultureInfo.InvariantCulture)]);
                break;
            case "skip" when slot is not null:
                Store(slot.Id, "skip");
                break;
            case "keep" when slot is not null && Expected.TryGetValue(slot.Id, out var kept):
                Store(slot.Id, kept);
                break;
            case "done" when slot is not null:
                Done(before, slot);
                break;
            case "clear":
                (_cleared, _baseIncluded) = (true, true);
                _pendingItems.Clear();
                _pendingPairs.Clear();
                break;
            case "mode" when slot is not null && argument == "Keep":
                Store(slot.Id, "mode:Keep:");
                break;
            case "mode" when slot is not null:
                _mode = Enum.Parse<DefaultsMode>(argument);
                _baseIncluded = true;
                _pendingItems.Clear();
                _pendingItems.AddRange(before.Interview!.Answers.GetValueOrDefault(slot.Id)?.Items ?? []);
                break;
            case "reuse" when slot is not null:
                Store(slot.Id, Normal(before.Interview!.PreviousAnswers[slot.Id]));
                break;
            case "confirm" when slot is not null && _choices.Count > 0:
                Store(slot.Id, _choices[int.Parse(argument, System.Globalization.CultureInfo.InvariantCulture)]);
                break;
            case "confirm" when slot is not null && _unconfirmed is not null && argument == "0":
                Store(slot.Id, _unconfirmed);
                break;
            case "retype":
                Reset();
                break;
            case "sec" or "edit":
                _snapshot = new Dictionary<string, string>(Expected);
                _question = null;
                Reset();
                break;
        }
    }

    private void Command(ConversationState before, string name)
    {
        var slot = Current(before);
        switch (name)
        {
            case "skip" when slot is { Required: false }:
                Store(slot.Id, "skip");
                break;
            case "edit" when before.Phase is Phase.Asking or Phase.Reviewing or Phase.Drafted or Phase.EditingSection or Phase.Revising:
                _snapshot = new Dictionary<string, string>(Expected);
                _question = null;
                Reset();
                break;
            case "cancel" when before.Phase is Phase.EditingSection or Phase.Revising:
                Expected = new Dictionary<string, string>(_snapshot);
                break;
            case "cancel" when before.Phase is Phase.Drafted:
                Expected = [];
                break;
            case "new" when before.Phase is Phase.EditingSection:
                Expected = new Dictionary<string, string>(_snapshot);
                break;
            case "new" when before.Phase is Phase.Drafted or Phase.ChoosingRevision or Phase.Revising:
                Expected = [];
                break;
        }
    }
}
