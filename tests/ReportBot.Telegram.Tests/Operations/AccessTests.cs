using System.Text.RegularExpressions;
using ReportBot.Telegram.Tests.EndToEnd;

namespace ReportBot.Telegram.Tests.Operations;

/// <summary>Who may use the bot: configured users and admins, invite codes, revocation; naming in groups.</summary>
public sealed partial class AccessTests : IAsyncLifetime
{
    private const long Admin = 9001;
    private const long Allowed = 9002;
    private const long Stranger = 9100;
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Access:AdminUserIds:0"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Access:AllowedUserIds:0"] = Allowed.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_stranger_gets_one_short_refusal_with_their_user_id_and_no_interview()
    {
        var reply = await _bot.SayAsync(Stranger, "/start");
        var refusal = Assert.Single(reply);
        Assert.Contains("9100", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("没有使用本机器人的权限", refusal.Text, StringComparison.Ordinal);
        Assert.Empty(refusal.AllButtons);
        Assert.Null(_bot.Session(Stranger));
        Assert.Single(await _bot.SayAsync(Stranger, "2020年上半年"));
        Assert.Null(_bot.Session(Stranger));
        Assert.DoesNotContain(_bot.Logs.Lines, l => l.Contains("Access is open", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Configured_users_and_admins_get_the_interview()
    {
        Assert.Contains("意识形态工作总结", (await _bot.SayAsync(Allowed, "/start"))[^1].AllButtons.Select(b => b.Text));
        Assert.Contains("意识形态工作总结", (await _bot.SayAsync(Admin, "/start"))[^1].AllButtons.Select(b => b.Text));
    }

    [Fact]
    public async Task An_invite_code_from_an_admin_admits_one_user_once_and_revoke_removes_them()
    {
        var invite = Assert.Single(await _bot.SayAsync(Admin, "/invite")).Text!;
        var code = CodePattern().Match(invite).Groups[1].Value;
        Assert.NotEmpty(code);

        var welcome = await _bot.SayAsync(Stranger, "/start " + code);
        Assert.Contains("意识形态工作总结", welcome[^1].AllButtons.Select(b => b.Text));
        Assert.Contains("无效", Assert.Single(await _bot.SayAsync(Stranger + 1, "/start " + code)).Text, StringComparison.Ordinal);
        Assert.Contains("只有管理员", Assert.Single(await _bot.SayAsync(Stranger, "/invite")).Text, StringComparison.Ordinal);

        Assert.Contains("已撤销用户 9100", Assert.Single(await _bot.SayAsync(Admin, "/revoke 9100")).Text, StringComparison.Ordinal);
        Assert.Contains("9100", Assert.Single(await _bot.SayAsync(Stranger, "/status")).Text, StringComparison.Ordinal);
        Assert.Contains("设置", Assert.Single(await _bot.SayAsync(Admin, "/revoke 9002")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_groups_every_interview_reply_names_whose_it_is_even_for_a_button_pressed_by_someone_else()
    {
        const long group = -5001;
        _bot.Server.SendGroupText(group, Admin, "/start");
        await _bot.IdleAsync();
        var greeting = _bot.Server.Messages(group)[^1];
        Assert.StartsWith("<b>User9001的报告：</b>", greeting.Text, StringComparison.Ordinal);

        _bot.Server.PressButton(group, greeting.MessageId, greeting.FindButton("意识形态工作总结")!.CallbackData!, userId: Allowed);
        await _bot.IdleAsync();
        Assert.StartsWith("<b>User9002的报告：</b>", _bot.Server.Messages(group)[^1].Text, StringComparison.Ordinal);
        Assert.NotNull(await _bot.Store.LoadAsync($"tg:{group}:{Allowed}", CancellationToken.None));
    }

    [Fact]
    public async Task Anonymous_group_admins_are_asked_to_switch_anonymity_off_instead_of_sharing_a_session()
    {
        const long group = -5002;
        _bot.Server.SendAsAnonymousAdmin(group, "/start");
        await _bot.IdleAsync();
        Assert.Contains("匿名", Assert.Single(_bot.Server.Messages(group)).Text, StringComparison.Ordinal);
        Assert.Null(await _bot.Store.LoadAsync($"tg:{group}:1087968824", CancellationToken.None));
    }

    [GeneratedRegex("/start ([A-Z0-9]+)")]
    private static partial Regex CodePattern();
}

/// <summary>With nothing configured the bot is open, and says so at start.</summary>
public sealed class OpenAccessTests : IAsyncLifetime
{
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task With_nothing_configured_anyone_may_use_the_bot_and_a_warning_says_so()
    {
        Assert.Contains(_bot.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Access is open", StringComparison.Ordinal));
        Assert.Contains("意识形态工作总结", (await _bot.SayAsync(123, "/start"))[^1].AllButtons.Select(b => b.Text));
    }
}
