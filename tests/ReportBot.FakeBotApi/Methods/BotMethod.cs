using ReportBot.FakeBotApi.Protocol;

namespace ReportBot.FakeBotApi.Methods;

/// <summary>Handles one Bot API method.</summary>
internal delegate Task<ApiResponse> BotMethod(BotRequest request, CancellationToken ct);
