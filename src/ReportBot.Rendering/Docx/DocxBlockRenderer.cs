using ReportBot.Core.Drafting;

namespace ReportBot.Rendering.Docx;

/// <summary>Writes one kind of <see cref="DraftBlock"/>.</summary>
internal interface IDocxBlockRenderer
{
    bool Accepts(DraftBlock block);

    void Write(DocxWriter writer, DraftBlock block);
}

/// <summary>Base for a renderer of the block type <typeparamref name="TBlock"/>.</summary>
internal abstract class DocxBlockRenderer<TBlock> : IDocxBlockRenderer
    where TBlock : DraftBlock
{
    public bool Accepts(DraftBlock block) => block is TBlock;

    public void Write(DocxWriter writer, DraftBlock block) => Write(writer, (TBlock)block);

    protected abstract void Write(DocxWriter writer, TBlock block);
}
