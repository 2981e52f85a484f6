using System.Text.Json;
using ReportBot.Core.Interview;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Slots;

/// <summary>
/// One kind of slot: how its answer is read from chat and from an answers file, described back to the user,
/// hinted under the question, printed in the report and checked after a template change. One class per kind
/// (see <see cref="SlotKinds"/>), so a new kind is one new file.
/// </summary>
public abstract class SlotKindHandler
{
    /// <summary>The kind this handler is for.</summary>
    public abstract SlotKind Kind { get; }

    /// <summary>True for answers collected over one or more messages and closed with 完成.</summary>
    public virtual bool Collects => false;

    /// <summary>True when the options are a menu, so a typed number picks one (period, choice).</summary>
    public virtual bool NumberedOptions => false;

    /// <summary>The line under the question saying what form of answer is expected.</summary>
    public abstract string Hint(SlotDefinition slot);

    /// <summary>Reads a typed answer (single-message kinds).</summary>
    public abstract SlotReading Read(SlotDefinition slot, string text);

    /// <summary>Reads a typed answer on <paramref name="today"/>, for kinds whose answers may be relative ("今年上半年").</summary>
    public virtual SlotReading Read(SlotDefinition slot, string text, DateOnly today) => Read(slot, text);

    /// <summary>A short description for acknowledgements, "当前答案" and the review, e.g. "3次".</summary>
    public abstract string Describe(SlotDefinition slot, SlotAnswer answer);

    /// <summary>The answer as report text (<paramref name="form"/>: a derived form such as <c>period.short</c>).</summary>
    public abstract string Format(SlotDefinition slot, SlotAnswer answer, string? form, FormatContext context);

    /// <summary>The derived forms this kind prints (<c>{{id.form}}</c>); lint refuses others.</summary>
    public virtual IReadOnlyList<string> Forms => [];

    /// <summary>The options offered as buttons on <paramref name="today"/>.</summary>
    public virtual IReadOnlyList<SlotOption> Options(SlotDefinition slot, DateOnly today) => [];

    /// <summary>True when a stored answer still fits the slot (after a template change the kind may differ).</summary>
    public abstract bool Fits(SlotDefinition slot, SlotAnswer answer);

    /// <summary>True when the answer adds nothing to the report.</summary>
    public virtual bool IsEmpty(SlotAnswer answer) => answer.IsEmpty;

    /// <summary>
    /// Reads a value from an answers file (<c>reportbot render</c>), validated like a chat answer: strings are read
    /// as typed answers; kinds that take numbers or arrays accept those too.
    /// </summary>
    public virtual SlotReading FromJson(SlotDefinition slot, JsonElement value) => value.ValueKind == JsonValueKind.String
        ? Read(slot, value.GetString()!)
        : SlotReading.Fail($"应为文字，现为 {JsonKinds.Name(value)}");
}
