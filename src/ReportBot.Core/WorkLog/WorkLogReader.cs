using ReportBot.Core.Templates;

namespace ReportBot.Core.WorkLog;

/// <summary>
/// Reads a work message ("今天下午召开意识形态专题会议…") into entries under the slots of a template, following the
/// template's <c>工作记录</c> block. Pure: no I/O, no clock; the same message and date always give the same entries.
/// </summary>
public static class WorkLogReader
{
    /// <summary>The entries of a message; empty when it reports nothing for this template.</summary>
    /// <param name="template">The report type whose slots the entries go to.</param>
    /// <param name="text">The message as the user sent or forwarded it.</param>
    /// <param name="messageDate">
    /// When the message was written (a forward's original date, else the day it was sent): 今天/昨天/上周三 are
    /// read from it, and a date after it makes the entry a plan to be asked about.
    /// </param>
    public static IReadOnlyList<LogEntry> Read(ReportTemplate template, string text, DateOnly messageDate) =>
        ReadWithNotes(template, text, messageDate).Entries;

    /// <summary>The entries of a message, and the sentences left out with the reason (a plan, a notice…).</summary>
    public static LogReading ReadWithNotes(ReportTemplate template, string text, DateOnly messageDate)
    {
        var message = new MessageText(text);
        var sentences = Sentences.Split(message);
        var entries = new List<LogEntry>();
        var notes = new List<LogNote>();
        if (template.LogRules.Count == 0 || sentences.Count == 0)
        {
            return new LogReading(entries, notes);
        }

        var reader = new SentenceReader(template, message);
        var notice = NeverCounted.IsNoticeHeading(Half(message, sentences[0]));
        DateOnly? lastDate = null;
        foreach (var sentence in sentences)
        {
            var half = Half(message, sentence);
            var source = message.Clean[sentence.Whole.Start..sentence.Whole.End].Trim();
            var dates = DateReader.FindAll(half, messageDate).Select(d => (At: d.At + sentence.Whole.Start, d.Date)).ToList();
            var (filings, skipped) = reader.Read(sentence, notice ? NeverCounted.Notice : NeverCounted.WholeSentence(half));
            if (skipped is not null)
            {
                notes.Add(new LogNote(source, skipped));
            }

            foreach (var filing in filings)
            {
                // The date written last before it ("周三召开…，周五召开…"), else the sentence's, else an earlier sentence's.
                var date = dates.LastOrDefault(d => d.At <= filing.At).Date is var before && before != default ? before
                    : dates.Count > 0 ? dates[0].Date : lastDate ?? messageDate;
                var ahead = date > messageDate ? $"日期（{date.Month}月{date.Day}日）在消息日期之后，可能还没有开展，请确认" : null;
                entries.Add(filing.ToEntry(date, source) with { Ask = filing.Doubt is not null || ahead is not null, Doubt = filing.Doubt ?? ahead });
            }

            lastDate = dates.Count > 0 ? dates[^1].Date : lastDate; // a date heads the sentences after it
        }

        return new LogReading(entries, notes);
    }

    private static string Half(MessageText message, Sentence sentence) => message.Half[sentence.Whole.Start..sentence.Whole.End];
}
