namespace ReportBot.Core.Templates;

/// <summary>A problem in a template file, reported as <c>file:line: message</c>.</summary>
public sealed record TemplateError(string File, int Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>Thrown when a template cannot be loaded; carries every error found.</summary>
public sealed class TemplateException(IReadOnlyList<TemplateError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    /// <summary>The errors, each with file and line.</summary>
    public IReadOnlyList<TemplateError> Errors { get; } = errors;
}
