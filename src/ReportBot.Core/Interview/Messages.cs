namespace ReportBot.Core.Interview;

/// <summary>The fixed things the bot says.</summary>
internal static class Messages
{
    public const string Greeting = "您好！我是报告助手，可以通过问答帮您起草工作总结。\n我会逐项询问各部分做了哪些工作、开展了多少次，最后生成排版好的草稿（含 Word 文档）。";

    public const string CommandLine = "随时可用：/back 上一步，/skip 跳过，/status 进度，/draft 草稿，/edit 修改，/cancel 取消，/help 帮助。";

    public const string Help = """
        使用说明：
        /new 新建报告
        /back（上一步）回到上一题
        /skip（跳过）跳过本题，草稿中不写这一项
        /status（进度）查看进度
        /draft（草稿）按目前的回答生成草稿
        /edit（修改）选择一部分重新填写
        /cancel（取消）放弃当前报告
        /history（历史）查看以往的报告，重新获取草稿
        /remind（提醒）开启或关闭“多日未填写时提醒一次”
        /date（落款日期）查看或设置落款日期，如“/date 2020年7月10日”
        /forget（删除我的数据）删除机器人保存的您的全部数据
        /help（帮助）显示本说明
        回答方式：次数回复数字，如“3”“三次”；百分比如“98%”；列表每行一项，发完后回复“完成”。
        """;

    public const string StaleButton = "这个按钮来自较早的消息，已经失效，没有做任何修改。请按最新的提示操作：";

    public const string InvalidButton = "这个按钮不属于当前的提示，没有做任何修改。请按最新的提示操作：";

    public const string PleaseChoose = "请从下面的选项中选择（可以回复序号或选项文字）。";

    public const string EditedMessage = "修改已发送的消息不会改变已记录的答案。如需更正，请发送 /back 回到上一题，或发送 /edit 修改某一部分。";

    public const string NoReport = "还没有开始写报告。";

    public static string Unsupported(string what) => $"暂时只能识别文字消息，收到的{what}没有被记录。";
}
