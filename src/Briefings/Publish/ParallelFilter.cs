namespace Briefings.Publish;

/// <summary>
/// Keeps the items that pass a test run on every core, in their order. Deciding whether an output is still current
/// means a look at the disk per file, worth spreading over the cores. PLINQ did the same, but a build process that
/// has nothing else to do (a one-article rebuild) spent a good part of its time compiling PLINQ's generic machinery
/// for its element types, which ahead-of-time compilation does not cover; this is a loop over an array.
/// </summary>
public static class ParallelFilter
{
    public static List<T> Where<T>(IReadOnlyList<T> items, Func<T, bool> keep)
    {
        var kept = new bool[items.Count];
        Parallel.For(0, items.Count, i => kept[i] = keep(items[i]));
        var result = new List<T>();
        for (var i = 0; i < kept.Length; i++)
            if (kept[i])
                result.Add(items[i]);
        return result;
    }

    /// <summary>Whether every item passes; stops early on both cores once one fails.</summary>
    public static bool All<T>(IReadOnlyList<T> items, Func<T, bool> test)
    {
        var failed = false;
        Parallel.For(0, items.Count, (i, loop) =>
        {
            if (!test(items[i]))
            {
                failed = true;
                loop.Stop();
            }
        });
        return !failed;
    }
}
