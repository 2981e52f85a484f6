using ReportBot.Core.Answers;
using ReportBot.Core.Drafting;
using ReportBot.Core.Slots;
using ReportBot.Core.Templates;

namespace ReportBot.Core.Interview;

/// <summary>Answers to the current question: typed text, options, 保持不变, 跳过, 完成, 清空重填, 确认.</summary>
internal sealed partial class Turn
{
    private SlotDefinition Current => RequiredTemplate.Slots[Interview.Position];

    private AnswerLimits Limits => new(_policy.MaxItems, _policy.MaxItemLength);

    private void Answer(string text)
    {
        var slot = Current;
        var handler = slot.Handler();
        if (AnswerParser.IsUnknownWord(text) && Interview.Collecting is null or { Count: 0 })
        {
            DoNotKnow(slot);
            return;
        }

        if (Interview.Collecting is { Choosing: true } choosing && YesOrNo(choosing, text))
        {
            return;
        }

        if (handler is CollectingKind collecting)
        {
            if (AnswerParser.IsYesWord(text) && !AnswerParser.IsDoneWord(text) && (collecting.Kind != SlotKind.Defaults || Interview.Collecting?.Mode is not null))
            {
                // "有" to "还有其他…吗？": the items themselves are what is wanted.
                Reject("好的，请直接发送具体内容，每行一项；全部发完后回复“完成”。");
                return;
            }

            Collect(slot, collecting, text);
            return;
        }

        if (text.Trim().Contains('\n', StringComparison.Ordinal))
        {
            Reject("一次只回答一个问题：这里请只回复一个答案。如果粘贴了几题的答案，请逐条发送。");
            return;
        }

        var reading = handler.Read(slot, text, _today);
        if (reading.Doubt is { } doubt)
        {
            Change(i => i with { Collecting = new AnswerInProgress { Candidates = [.. reading.Candidates], Doubt = doubt } });
            return;
        }

        if (!reading.Success)
        {
            Reject(reading.Error!);
            return;
        }

        Store(slot, reading.Answer!, "已记录：" + handler.Describe(slot, reading.Answer!) + "。" + reading.Note);
    }

    /// <summary>
    /// A yes or no typed at a "确定这样写吗？" prompt answers that prompt: it must never be read as the answer itself
    /// (a unit called "是的"). Yes confirms the single way offered; among several it asks which one.
    /// </summary>
    private bool YesOrNo(AnswerInProgress choosing, string text)
    {
        if (AnswerParser.IsNoWord(text))
        {
            Retype();
            return true;
        }

        if (!AnswerParser.IsYesWord(text) || AnswerParser.IsDoneWord(text))
        {
            return false;
        }

        if (choosing.Candidates.Count == 1)
        {
            ConfirmAnswer(0);
        }
        else
        {
            Reject("请从上面的选项中选一项（点按钮或回复序号），或直接输入新的答案。");
        }

        return true;
    }

    private void Collect(SlotDefinition slot, CollectingKind handler, string text)
    {
        if (AnswerParser.IsDoneWord(text))
        {
            Done();
            return;
        }

        if (handler.Kind == SlotKind.Defaults && Interview.Collecting?.Mode is null)
        {
            Reject("请先选择：采用模板内容、替换为我的内容，或补充我的内容（可回复“采用”“替换”“补充”）。");
            return;
        }

        // More items typed while a suggestion waits: the suggestion is dropped and the items go on being collected.
        var collecting = Interview.Collecting is { } pending ? pending with { Candidates = [], Doubt = null }
            : Interview.Answers.TryGetValue(slot.Id, out var current) && !current.Skipped ? handler.Continue(current) : new AnswerInProgress();
        var added = handler.Add(slot, collecting, text, Limits);
        if (!added.Success)
        {
            Reject(added.Error!);
            return;
        }

        Change(i => i with { Collecting = added.Value, Failures = 0 });
    }

    private void Done()
    {
        var slot = Current;
        if (slot.Handler() is not CollectingKind handler)
        {
            return;
        }

        var collecting = Interview.Collecting;
        if (collecting is null or { Count: 0, Mode: null, Restart: false })
        {
            // Nothing new: a revisited question keeps its answer; a new one is skipped (or, for free items, empty).
            if (Interview.Answers.ContainsKey(slot.Id))
            {
                Keep();
                return;
            }

            var empty = handler.Finish(slot, new AnswerInProgress());
            Store(slot, empty, empty.Skipped ? "没有填写内容，本题已跳过。" : "好的，没有补充。");
            return;
        }

        var answer = handler.Finish(slot, collecting);
        if (ItemChecks.Review(RequiredTemplate, slot, answer, Interview.Answers) is { } review)
        {
            Change(i => i with { Collecting = collecting with { Candidates = [.. review.Candidates], Doubt = review.Doubt } });
            return;
        }

        var unchanged = slot.Kind == SlotKind.Defaults && collecting.Mode is not null and not DefaultsMode.Keep && collecting.Items.IsEmpty;
        var cleared = !unchanged && collecting is { Restart: true, Count: 0 };
        Store(slot, answer, unchanged ? "没有收到新的内容，仍采用模板内容。" : cleared ? "已清空，这一题现在没有内容，草稿里不再写这一项。" : null);
    }

    private void Clear()
    {
        Change(i => i with { Collecting = new AnswerInProgress { Mode = i.Collecting?.Mode, Restart = true } });
        Lead("已清空，请重新发送。");
    }

    private void AnswerOption(int index)
    {
        var slot = Current;
        var options = slot.Handler().Options(slot, _today);
        if (index >= options.Count)
        {
            Lead(Messages.StaleButton);
            return;
        }

        var reading = slot.Handler().Read(slot, options[index].Value);
        Store(slot, reading.Answer!, "已记录：" + slot.Handler().Describe(slot, reading.Answer!) + "。");
    }

    private void ChooseMode(DefaultsMode mode)
    {
        var slot = Current;
        if (mode == DefaultsMode.Keep)
        {
            Store(slot, new SlotAnswer { Mode = DefaultsMode.Keep });
            return;
        }

        // The user's own items given earlier stay (they are shown), whichever mode is chosen now.
        var own = Interview.Answers.GetValueOrDefault(slot.Id)?.Items ?? [];
        Change(i => i with { Collecting = new AnswerInProgress { Mode = mode, Items = [.. own] }, Failures = 0 });
    }

    private void ConfirmAnswer(int index)
    {
        if (Interview.Collecting is not { Choosing: true } collecting || index >= collecting.Candidates.Count)
        {
            Lead(Messages.StaleButton);
            return;
        }

        var answer = collecting.Candidates[index].Answer;
        Store(Current, answer, "好的，已记录：" + Current.Handler().Describe(Current, answer) + "。");
    }

    private void Retype()
    {
        Change(i => i with { Collecting = null });
        Lead("好的，请重新填写。");
    }

    private void Keep()
    {
        if (!Interview.Answers.ContainsKey(Current.Id))
        {
            Lead(Messages.StaleButton);
            return;
        }

        Change(i => i with { History = i.History.Add(i.Position) });
        Advance("保持不变。");
    }

    /// <summary>"不清楚": a gap, not an answer; a header question still needs one.</summary>
    private void DoNotKnow(SlotDefinition slot)
    {
        if (slot.Required)
        {
            Reject("这一项是报告的基本信息，需要填写。");
            return;
        }

        Store(slot, SlotAnswer.Skip, "好的，这一题先跳过，草稿里不写这一项。想起来后发送 /edit 选这一部分补上。");
    }

    private void Skip()
    {
        if (Current.Required)
        {
            Lead("这一项是报告的基本信息，不能跳过，请填写。");
            return;
        }

        Store(Current, SlotAnswer.Skip, "已跳过。以后可以用 /edit 补充。");
    }

    private void Store(SlotDefinition slot, SlotAnswer answer, string? acknowledgement = null)
    {
        if (slot.Kind == SlotKind.Unit && !answer.Skipped)
        {
            State = State with { Unit = answer };
        }

        Change(i => i with { Answers = i.Answers.SetItem(slot.Id, answer), History = i.History.Add(i.Position) });
        Advance(acknowledgement ?? "已记录：" + slot.Handler().Describe(slot, answer) + "。");
    }

    private void Reject(string error)
    {
        State = State with { Interview = Interview with { Failures = Interview.Failures + 1 } };
        var help = Interview.Failures switch
        {
            2 => "\n提示：也可以发送 /back 回到上一题，或 /help 查看说明。",
            >= 3 when !Current.Required => "\n如果暂时不清楚，可以回复“跳过”（或发送 /skip），以后再用 /edit 补充。",
            _ => string.Empty,
        };
        _retry = error + help;
    }

    /// <summary>Moves to the next question of the interview (or of the section being edited), or past the last one.</summary>
    private void Advance(string lead)
    {
        Lead(lead);
        MoveOn();
    }

    private void MoveOn()
    {
        var slots = RequiredTemplate.Slots;
        if (Interview.Edit is { SectionKey: { } key } edit)
        {
            var next = Enumerable.Range(Interview.Position + 1, slots.Count - Interview.Position - 1).FirstOrDefault(i => slots[i].Section.Key == key, -1);
            if (next >= 0)
            {
                Arrive(next);
                return;
            }

            Change(i => i.At(State.Phase == Phase.Revising ? i.Position : edit.ResumeAt));
            Fire(Trigger.EditDone);
            return;
        }

        var following = Interview.FillingGaps
            ? Enumerable.Range(0, slots.Count).FirstOrDefault(i => !Interview.Answers.ContainsKey(slots[i].Id), -1)
            : Enumerable.Range(Interview.Position + 1, slots.Count - Interview.Position - 1).FirstOrDefault(i => !Interview.Prefilled.Contains(slots[i].Id), -1);
        if (following >= 0)
        {
            Arrive(following);
            return;
        }

        Change(i => i.At(slots.Count) with { FillingGaps = false });
        Fire(Trigger.AllAnswered);
    }

    /// <summary>
    /// Asks the question at <paramref name="position"/>, unless its answer could not print after the answers given
    /// (the template's <c>{{if}}</c> around it fails: no 调处率 on 0 disputes): then it is skipped, saying why.
    /// </summary>
    private void Arrive(int position)
    {
        Change(i => i.At(position));
        var slot = Current;
        if (slot.Required || MootQuestions.Guard(RequiredTemplate, Interview.Answers, slot.Id, _today) is not { } guard)
        {
            return;
        }

        var basis = RequiredTemplate.Slot(guard.SlotId);
        var given = basis.Handler().Describe(basis, Interview.Answers[guard.SlotId]);
        Change(i => i with { Answers = i.Answers.SetItem(slot.Id, SlotAnswer.Skip) });
        Lead($"“{Plain(basis.Question)}”的回答是{given}，所以“{Plain(slot.Question)}”不用回答，已跳过。");
        MoveOn();
    }

    /// <summary>A question without its example: "矛盾纠纷调处率是多少？（如：98%）" → "矛盾纠纷调处率是多少？".</summary>
    private static string Plain(string question) =>
        question.EndsWith('）') && question.LastIndexOf("（如", StringComparison.Ordinal) is > 0 and var at ? question[..at] : question;

    /// <summary>Entry back into the interview after an edited section.</summary>
    private void ReturnFromEdit()
    {
        Change(i => i with { Edit = null, History = [] });
        Lead(State.Phase == Phase.Reviewing ? "这一部分已修改完毕。" : "这一部分已修改完毕，我们回到刚才的问题。");
    }
}
