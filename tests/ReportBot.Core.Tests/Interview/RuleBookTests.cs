using ReportBot.Core.Interview;
using ReportBot.Core.Tests.Support;

namespace ReportBot.Core.Tests.Interview;

/// <summary>The machine is the rule book: every trigger moves something, every phase is reachable, the diagram is current.</summary>
public sealed class RuleBookTests
{
    private const string DocPath = "docs/interview.md";

    [Fact]
    public void Every_trigger_moves_the_machine_somewhere()
    {
        var used = InterviewGraph.Info.States
            .SelectMany(s => s.FixedTransitions.Select(t => t.Trigger.UnderlyingTrigger)
                .Concat(s.DynamicTransitions.Select(t => t.Trigger.UnderlyingTrigger)))
            .OfType<Trigger>()
            .ToHashSet();
        var unused = Enum.GetValues<Trigger>().Where(t => !used.Contains(t)).ToList();
        Assert.True(unused.Count == 0, "Triggers that move nothing: " + string.Join(", ", unused));
    }

    [Fact]
    public void Every_phase_is_reachable_from_the_template_menu()
    {
        var info = InterviewGraph.Info;
        var edges = info.States.SelectMany(s => s.FixedTransitions.Select(t => ((Phase)s.UnderlyingState, (Phase)t.DestinationState.UnderlyingState))).ToList();
        var children = info.States.ToDictionary(s => (Phase)s.UnderlyingState, s => s.Substates.Select(c => (Phase)c.UnderlyingState).ToList());
        var reached = new HashSet<Phase> { Phase.ChoosingTemplate };
        for (var grew = true; grew;)
        {
            var next = edges.Where(e => reached.Contains(e.Item1) || children[e.Item1].Any(reached.Contains)).Select(e => e.Item2).ToList();
            var supers = children.Where(c => c.Value.Any(reached.Contains)).Select(c => c.Key);
            grew = next.Concat(supers).Aggregate(false, (changed, phase) => reached.Add(phase) | changed);
        }

        var unreachable = Enum.GetValues<Phase>().Where(p => !reached.Contains(p)).ToList();
        Assert.True(unreachable.Count == 0, "Phases never reached: " + string.Join(", ", unreachable));
    }

    /// <summary>Set REPORTBOT_UPDATE_DOCS=1 to write the file instead of failing.</summary>
    [Fact]
    public void The_state_diagram_in_the_docs_is_generated_from_the_machine()
    {
        var path = Path.Combine(RepoPaths.Root, DocPath);
        var current = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = current.IndexOf("```mermaid\n", StringComparison.Ordinal);
        var end = current.IndexOf("```", begin + 11, StringComparison.Ordinal);
        var expected = current[..(begin + 11)] + InterviewGraph.Mermaid().ReplaceLineEndings("\n").TrimEnd() + "\n" + current[end..];
        if (Environment.GetEnvironmentVariable("REPORTBOT_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.True(expected == current, $"{DocPath} is stale. Run: REPORTBOT_UPDATE_DOCS=1 dotnet test tests/ReportBot.Core.Tests --filter The_state_diagram");
    }
}
