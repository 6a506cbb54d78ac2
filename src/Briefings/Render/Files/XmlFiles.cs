using System.Text;
using System.Xml;

namespace Briefings.Render.Files;

/// <summary>Writes an XML document to bytes the same way on every machine: UTF-8 without BOM, LF, two-space indent.</summary>
internal static class XmlFiles
{
    public static byte[] Write(Action<XmlWriter> write)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
