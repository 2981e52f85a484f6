using System.Diagnostics.CodeAnalysis;

namespace ReportBot.Core.Answers;

/// <summary>
/// The outcome of parsing one user answer: either a value or a polite Chinese message that says what
/// was wrong and gives an example of a good answer.
/// </summary>
/// <typeparam name="T">The parsed value's type.</typeparam>
/// <param name="Success">True when <paramref name="Value"/> holds the parsed answer.</param>
/// <param name="Value">The parsed value (default when parsing failed).</param>
/// <param name="Error">The message to show the user when parsing failed, otherwise null.</param>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types",
    Justification = "Ok/Fail factories are the agreed API.")]
public sealed record ParseResult<T>(bool Success, T? Value, string? Error)
{
    /// <summary>A successful result holding <paramref name="value"/>.</summary>
    public static ParseResult<T> Ok(T value) => new(true, value, null);

    /// <summary>A failed result with the message <paramref name="error"/> for the user.</summary>
    public static ParseResult<T> Fail(string error) => new(false, default, error);
}
