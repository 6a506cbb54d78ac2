namespace Briefings.Cli;

/// <summary>The exit codes promised in DESIGN.md.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int InputProblems = 1;
    public const int Usage = 2;
}
