namespace ReportBot.Core.Tests.Interview.Model;

/// <summary>What the simulated user does next; <see cref="Value"/> picks among the possibilities at that moment.</summary>
public enum OperationKind
{
    Answer,
    BadAnswer,
    Back,
    Skip,
    Edit,
    Cancel,
    New,
    Done,
    Press,
    Draft,
    Restart,
    StaleButton,
    ForgedButton,
    Look,
    Number,
}

/// <summary>One step of a generated session.</summary>
public sealed record Operation(OperationKind Kind, int Value)
{
    /// <summary>Answers are the most common step, as in a real interview.</summary>
    public static OperationKind KindOf(int roll) => roll switch
    {
        < 30 => OperationKind.Answer,
        < 42 => OperationKind.Press,
        < 50 => OperationKind.Done,
        < 54 => OperationKind.Back,
        < 57 => OperationKind.Skip,
        < 61 => OperationKind.Edit,
        < 65 => OperationKind.Cancel,
        < 67 => OperationKind.New,
        < 70 => OperationKind.Draft,
        < 74 => OperationKind.Restart,
        < 77 => OperationKind.StaleButton,
        < 79 => OperationKind.ForgedButton,
        < 82 => OperationKind.Look,
        < 88 => OperationKind.Number,
        _ => OperationKind.BadAnswer,
    };

    public override string ToString() => $"{Kind}({Value})";
}
