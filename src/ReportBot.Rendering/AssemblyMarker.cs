namespace ReportBot.Rendering;
internal static class AssemblyMarker;
