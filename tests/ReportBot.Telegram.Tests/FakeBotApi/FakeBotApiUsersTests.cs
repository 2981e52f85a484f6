using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace ReportBot.Telegram.Tests.FakeBotApi;

public sealed class FakeBotApiUsersTests : FakeBotApiTestBase
{
    [Fact]
    public async Task Edited_messages_stickers_and_media_arrive_as_the_right_update_types()
    {
        var sent = Server.SendText(1001, "draft");
        Server.EditUserMessage(1001, Server.MessageIdOf(sent), "final");
        Server.SendSticker(1001, "😀");
        Server.SendPhoto(1001, caption: "pic");
        Server.SendVoice(1001, durationSeconds: 4);
        Server.SendDocumentFromUser(1001, "notes.txt", "abc"u8.ToArray(), mimeType: "text/plain");

        var updates = await Bot.GetUpdates(timeout: 0, cancellationToken: Timeout());

        Assert.Equal(
            [UpdateType.Message, UpdateType.EditedMessage, UpdateType.Message, UpdateType.Message, UpdateType.Message, UpdateType.Message],
            updates.Select(u => u.Type));
        Assert.Equal("final", updates[1].EditedMessage?.Text);
        Assert.Equal(updates[0].Message?.Id, updates[1].EditedMessage?.Id);
        Assert.NotNull(updates[1].EditedMessage?.EditDate);
        Assert.Equal(MessageType.Sticker, updates[2].Message?.Type);
        Assert.Equal("😀", updates[2].Message?.Sticker?.Emoji);
        Assert.Equal(MessageType.Photo, updates[3].Message?.Type);
        Assert.Equal(MessageType.Voice, updates[4].Message?.Type);
        Assert.Equal(4, updates[4].Message?.Voice?.Duration);
        Assert.Equal("notes.txt", updates[5].Message?.Document?.FileName);
    }

    [Fact]
    public async Task User_documents_can_be_downloaded_with_getFile()
    {
        Server.SendDocumentFromUser(1001, "report.docx", [1, 2, 3, 4]);
        var document = (await Bot.GetUpdates(timeout: 0, cancellationToken: Timeout()))[0].Message!.Document!;

        var file = await Bot.GetFile(document.FileId, Timeout());
        using var target = new MemoryStream();
        await Bot.DownloadFile(file.FilePath!, target, Timeout());

        Assert.Equal([1, 2, 3, 4], target.ToArray());
    }

    [Fact]
    public async Task Group_messages_commands_and_replies_carry_chat_sender_and_entities()
    {
        Server.SendGroupText(-5001, 42, "hi all");
        Server.SendCommand(1001, "start", "x");
        var reply = Server.ReplyTo(1001, 1, "answer");

        var updates = await Bot.GetUpdates(timeout: 0, cancellationToken: Timeout());

        var group = updates[0].Message!;
        Assert.Equal(ChatType.Group, group.Chat.Type);
        Assert.Equal(-5001, group.Chat.Id);
        Assert.Equal(42, group.From?.Id);
        Assert.Equal("/start x", updates[1].Message?.Text);
        Assert.Equal(MessageEntityType.BotCommand, Assert.Single(updates[1].Message!.Entities!).Type);
        Assert.Equal(1, updates[2].Message?.ReplyToMessage?.Id);
        Assert.Equal(2, Server.MessageIdOf(reply));
    }

    [Fact]
    public async Task ReceiveAsync_loop_gets_user_messages_and_bot_replies_are_recorded()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var options = new global::Telegram.Bot.Polling.ReceiverOptions { AllowedUpdates = [UpdateType.Message] };
        var receiving = Bot.ReceiveAsync(
            async (bot, update, ct) => await bot.SendMessage(update.Message!.Chat, "echo: " + update.Message.Text, cancellationToken: ct),
            (_, _, _) => Task.CompletedTask,
            options,
            stop.Token);

        Server.SendText(1001, "one");
        Server.SendText(1001, "two");
        var messages = await Server.WaitForMessagesAsync(1001, 2, Wait);
        await stop.CancelAsync();
        await Task.WhenAny(receiving, Task.Delay(5000));

        Assert.Equal(["echo: one", "echo: two"], messages.Select(m => m.Text));
        Assert.Equal(["message"], Server.AllowedUpdates);
    }

    [Fact]
    public async Task WaitForMessagesAsync_times_out_with_a_dump()
    {
        await Bot.SendMessage(1001, "only one", cancellationToken: Timeout());

        var error = await Assert.ThrowsAsync<TimeoutException>(() => Server.WaitForMessagesAsync(1001, 2, TimeSpan.FromMilliseconds(300)));

        Assert.Contains("only one", error.Message, StringComparison.Ordinal);
        Assert.Contains("sendMessage -> 200", error.Message, StringComparison.Ordinal);
    }
}
