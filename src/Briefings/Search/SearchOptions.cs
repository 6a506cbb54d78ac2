namespace Briefings.Search;

/// <summary>How <c>briefings build</c> indexes the site for search (Pagefind, run through Node.js).</summary>
/// <param name="Enabled">False builds the site without a search index; the search page then says search is unavailable.</param>
/// <param name="ToolsDirectory">
/// The folder holding the <c>package.json</c> that pins Pagefind, and its <c>node_modules/</c>. Null looks for it upward
/// from the input folder, the current folder and the program's own folder (so a checkout finds its repository root).
/// </param>
/// <param name="ExecutableSearchPath">Folders to look for <c>node</c> and <c>npm</c> in, in PATH syntax; null uses PATH.</param>
public sealed record SearchOptions(bool Enabled = true, string? ToolsDirectory = null, string? ExecutableSearchPath = null)
{
    /// <summary>
    /// Pages are rendered as searchable but a cached build leaves the index as it is: the caller brings it up to date
    /// later. The preview server does, in the background, so an edit shows in the browser without waiting for Pagefind
    /// to read the whole site again.
    /// </summary>
    public bool Deferred { get; init; }
}
