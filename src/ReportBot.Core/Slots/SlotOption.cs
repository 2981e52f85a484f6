namespace ReportBot.Core.Slots;

/// <summary>An option offered as a button: the label shown and the value stored.</summary>
public sealed record SlotOption(string Label, string Value);
