using System.Runtime.InteropServices;

namespace ReportBot.Telegram.Maintenance;

/// <summary>
/// The C library's heap (SQLite's page cache, ICU, the runtime's own native allocations): glibc keeps what was freed
/// mapped until asked to give it back, so after a burst the process stays larger than it needs to be.
/// </summary>
public static class NativeHeap
{
    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>Returns freed native memory to the system where the C library can (glibc): true when it was asked.</summary>
    public static bool Trim()
    {
        if (_unavailable)
        {
            return false;
        }

        try
        {
            _ = MallocTrim(0);
            return true;
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl has no malloc_trim): there is nothing to trim this way; the managed trim still runs.
            _unavailable = true;
            return false;
        }
    }

    // A DllImport, not LibraryImport: the signature is blittable and LibraryImport would need unsafe code allowed.
    [DllImport("libc.so.6", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}
