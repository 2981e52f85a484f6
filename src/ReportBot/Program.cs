using System.CommandLine;
using ReportBot.Cli.Commands;

var root = new RootCommand("ReportBot：通过问答起草工作总结")
{
    ChatCommand.Create(),
    RenderCommand.Create(),
    LintCommand.Create(),
    LogCommand.Create(),
    ServeCommand.Create(),
};
// The generic host handles Ctrl+C and SIGTERM itself (finishing in-flight updates), so System.CommandLine must not.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
