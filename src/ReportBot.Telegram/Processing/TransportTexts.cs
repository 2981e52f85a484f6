using System.Globalization;

namespace ReportBot.Telegram.Processing;

/// <summary>What the transport itself (not the interview) says to users: refusals, limits, failures. Chinese, short.</summary>
internal static class TransportTexts
{
    public const string Anonymous =
        "您正以匿名管理员（或频道）身份发言，机器人无法分辨是谁在写报告。请在群组设置中关闭“保持匿名”后再发送，或私聊机器人。";

    public const string AdminOnly = "只有管理员可以使用这个命令。";

    public const string RevokeUsage = "用法：/revoke 用户编号（例如 /revoke 123456789）";

    public static string Refusal(long userId) =>
        $"抱歉，您还没有使用本机器人的权限。请把您的用户编号 {Id(userId)} 发给管理员；收到邀请码后发送“/start 邀请码”。";

    public static string BadInvite(long userId) =>
        $"邀请码无效、已使用或已过期，请向管理员重新索取。您的用户编号是 {Id(userId)}。";

    public static string Invite(string code, double hours) =>
        $"邀请码：{code}\n有效期 {hours.ToString("0.#", CultureInfo.InvariantCulture)} 小时，只能使用一次。请让对方向机器人发送：/start {code}";

    public static string Revoked(long userId) => $"已撤销用户 {Id(userId)} 的使用权限。";

    public static string NotInvited(long userId) => $"用户 {Id(userId)} 不在通过邀请码加入的用户中，无需撤销。";

    public static string Configured(long userId) =>
        $"用户 {Id(userId)} 写在设置 Access:AllowedUserIds 或 Access:AdminUserIds 中，请在设置中删除后重启机器人。";

    public static string SlowDown(TimeSpan wait) =>
        $"您发送得太快了，机器人跟不上。这段时间内的消息没有被记录；请约 {Seconds(wait)} 秒后再继续。";

    public static string DraftLimit(int perHour, TimeSpan wait) =>
        $"每小时最多生成 {perHour} 次草稿，本小时的次数已用完；请约 {Minutes(wait)} 分钟后再发送 /draft。您的回答都已保存。";

    public static string TooLarge(int kilobytes) =>
        $"您保存的内容已达到上限（约 {kilobytes} KB），这条消息没有被记录。请精简内容：可以用 /edit 修改某一部分，或用 /cancel 取消当前报告。";

    public static string Failed(long updateId) =>
        $"抱歉，这条消息没能处理，已记录下来供管理员检查（编号 {Id(updateId)}）。您之前的回答都还在，可以继续回答，或发送 /status 查看进度。";

    public static string Owner(string name) => $"{name}的报告：";

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static string Minutes(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)).ToString(CultureInfo.InvariantCulture);
}
