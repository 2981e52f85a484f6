namespace ReportBot.Storage.Sqlite;
internal static class AssemblyMarker;
