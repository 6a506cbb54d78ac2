using Briefings.Cli;

return BriefingsApp.Run(args, Terminal.FromConsole());
