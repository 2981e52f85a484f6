using System.Collections.Concurrent;
using System.Globalization;

namespace ReportBot.FakeBotApi.State;

/// <summary>A file a simulated user sent, downloadable through getFile + /file/bot{token}/{path}.</summary>
internal sealed record StoredFile(string FileId, string FileUniqueId, string FilePath, string FileName, byte[] Bytes);

/// <summary>Files sent by simulated users.</summary>
internal sealed class FileStore
{
    private readonly ConcurrentDictionary<string, StoredFile> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StoredFile> _byPath = new(StringComparer.Ordinal);
    private int _next;

    public StoredFile Add(string folder, string fileName, byte[] bytes)
    {
        var n = Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        var file = new StoredFile($"FILE{n}", $"UNIQ{n}", $"{folder}/file_{n}{Path.GetExtension(fileName)}", fileName, bytes);
        _byId[file.FileId] = file;
        _byPath[file.FilePath] = file;
        return file;
    }

    public StoredFile? ById(string fileId) => _byId.GetValueOrDefault(fileId);

    public StoredFile? ByPath(string path) => _byPath.GetValueOrDefault(path);
}
