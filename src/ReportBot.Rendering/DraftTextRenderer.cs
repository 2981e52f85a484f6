using System.Text;
using ReportBot.Core.Drafting;

namespace ReportBot.Rendering;

/// <summary>
/// Base of the text renderers (plain text, Markdown, Telegram HTML): walks a <see cref="Draft"/> and hands each
/// block to the small renderer registered for its type, as Markdig's renderers do.
/// </summary>
public abstract class DraftTextRenderer
{
    private readonly List<IBlockRenderer> _renderers = [];

    /// <summary>Renders the whole draft.</summary>
    public string Render(Draft draft)
    {
        var output = new StringBuilder();
        WriteTitle(output, draft.Title);
        foreach (var block in draft.Blocks)
        {
            Write(output, block);
        }

        if (draft.SignOff is { } signOff)
        {
            WriteSignOff(output, signOff);
        }

        return output.ToString();
    }

    /// <summary>Renders one block (used by renderers that split a draft into messages).</summary>
    public string Render(DraftBlock block)
    {
        var output = new StringBuilder();
        Write(output, block);
        return output.ToString();
    }

    /// <summary>Text as it must appear in this format (escaped where the format has markup).</summary>
    public abstract string Escape(string text);

    /// <summary>Registers the renderer of one block type.</summary>
    protected void Add<TBlock>(Action<StringBuilder, TBlock> write)
        where TBlock : DraftBlock => _renderers.Add(new BlockRenderer<TBlock>(write));

    /// <summary>Writes the title.</summary>
    protected abstract void WriteTitle(StringBuilder output, string title);

    /// <summary>Writes the sign-off.</summary>
    protected abstract void WriteSignOff(StringBuilder output, DraftSignOff signOff);

    private void Write(StringBuilder output, DraftBlock block)
    {
        var renderer = _renderers.FirstOrDefault(r => r.Accepts(block))
            ?? throw new InvalidOperationException($"No renderer for {block.GetType().Name}.");
        renderer.Write(output, block);
    }

    private interface IBlockRenderer
    {
        bool Accepts(DraftBlock block);

        void Write(StringBuilder output, DraftBlock block);
    }

    private sealed class BlockRenderer<TBlock>(Action<StringBuilder, TBlock> write) : IBlockRenderer
        where TBlock : DraftBlock
    {
        public bool Accepts(DraftBlock block) => block is TBlock;

        public void Write(StringBuilder output, DraftBlock block) => write(output, (TBlock)block);
    }
}
