using System.Security.Cryptography;
using System.Text;

namespace Briefings.Search;

/// <summary>
/// Lets one build at a time install into a given node_modules: parallel builds (tests, a maintainer's two terminals)
/// would otherwise run <c>npm ci</c> over each other. An exclusive lock file in the temp folder, held while open.
/// </summary>
internal sealed class InstallGate : IDisposable
{
    private readonly FileStream _file;

    private InstallGate(FileStream file) => _file = file;

    public static InstallGate? Acquire(string toolsDirectory, TimeSpan limit)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(toolsDirectory))))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"briefings-npm-{key}.lock");
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock, also between two opens in the same process.
                return new InstallGate(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
