namespace ReportBot.Telegram;
internal static class AssemblyMarker;
