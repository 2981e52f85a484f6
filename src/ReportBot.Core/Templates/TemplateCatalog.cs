namespace ReportBot.Core.Templates;

/// <summary>The report templates that loaded, by id, in file-name order; and the errors of those that did not.</summary>
public sealed class TemplateCatalog
{
    private readonly Dictionary<string, ReportTemplate> _byId;

    /// <summary>A catalog of already-parsed templates.</summary>
    public TemplateCatalog(IEnumerable<ReportTemplate> templates, IReadOnlyList<TemplateError>? errors = null)
    {
        Templates = templates.ToList();
        _byId = Templates.ToDictionary(t => t.Id, StringComparer.Ordinal);
        Errors = errors ?? [];
    }

    /// <summary>The loaded templates.</summary>
    public IReadOnlyList<ReportTemplate> Templates { get; }

    /// <summary>Errors of the templates that were skipped.</summary>
    public IReadOnlyList<TemplateError> Errors { get; }

    /// <summary>
    /// Loads every <c>*.md</c> file of <paramref name="directory"/>. A broken template is skipped and its errors
    /// collected; the others still load. A second template with an id already taken is an error too.
    /// </summary>
    public static TemplateCatalog Load(string directory)
    {
        var templates = new List<ReportTemplate>();
        var errors = new List<TemplateError>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.md").Order(StringComparer.Ordinal))
        {
            var (template, fileErrors) = TemplateParser.TryParse(path, File.ReadAllText(path));
            errors.AddRange(fileErrors);
            if (template is null)
            {
                continue;
            }

            if (templates.Any(t => t.Id == template.Id))
            {
                errors.Add(new TemplateError(path, 1, $"模板 id“{template.Id}”已被其他模板使用"));
                continue;
            }

            templates.Add(template);
        }

        return new TemplateCatalog(templates, errors);
    }

    /// <summary>The template with this id, or with this file name ("party-building" for party_building), or null.</summary>
    public ReportTemplate? Find(string? id) => id is null ? null
        : _byId.GetValueOrDefault(id) ?? Templates.FirstOrDefault(t => Path.GetFileNameWithoutExtension(t.SourcePath) == id);
}
