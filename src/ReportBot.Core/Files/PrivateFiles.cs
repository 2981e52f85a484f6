namespace ReportBot.Core.Files;

/// <summary>
/// Folders and files readable by their owner only (0700 / 0600 on Unix): drafts and the database are internal work
/// documents, and other local users of the machine have no business reading them.
/// </summary>
public static class PrivateFiles
{
    /// <summary>rwx for the owner.</summary>
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>rw for the owner.</summary>
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (and missing parents) as 0700; an existing folder is left as it is.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else if (!Directory.Exists(path))
        {
            Directory.CreateDirectory(path, FolderMode);
        }
    }

    /// <summary>Writes a file created as 0600 (an existing file is truncated and narrowed to 0600).</summary>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        using var stream = Create(path, System.IO.FileMode.Create);
        stream.Write(bytes);
        Restrict(path);
    }

    /// <summary>Creates an empty file as 0600 unless it exists; then narrows it to 0600 either way.</summary>
    public static void Touch(string path)
    {
        if (!File.Exists(path))
        {
            using var _ = Create(path, System.IO.FileMode.CreateNew);
        }

        Restrict(path);
    }

    /// <summary>Narrows an existing file to 0600 (no-op on Windows or when the file is absent).</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path) && File.GetUnixFileMode(path) != FileMode)
        {
            File.SetUnixFileMode(path, FileMode);
        }
    }

    private static FileStream Create(string path, System.IO.FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        return new FileStream(path, options);
    }
}
