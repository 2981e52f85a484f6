using System.CommandLine;
using ReportBot.Cli.Commands;

var root = new RootCommand("ReportBot：通过问答起草工作总结")
{
    ChatCommand.Create(),
    RenderCommand.Create(),
    LintCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
