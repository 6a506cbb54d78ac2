using System.Buffers.Binary;
using System.Text;

namespace Briefings.Incremental;

/// <summary>
/// Reads what <see cref="BinaryWriter"/> wrote into a cache shard, straight from the shard's bytes. A fresh build
/// process reads the whole cache (62 MB at 10,000 articles) before it knows what changed; <see cref="BinaryReader"/>
/// decodes each long string through a chunked buffer and a <see cref="StringBuilder"/>, this decodes it in one step.
/// </summary>
/// <exception cref="EndOfStreamException">Thrown by every read that would pass the end: the shard is cut short.</exception>
internal ref struct ShardReader(byte[] bytes)
{
    private readonly byte[] _bytes = bytes;
    private int _position;

    public bool ReadBoolean() => Take(1)[0] != 0;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    /// <summary>A number of items, each at least a byte long: more than the bytes left means a damaged shard.</summary>
    public int ReadCount()
    {
        var count = ReadInt32();
        return count >= 0 && count <= _bytes.Length - _position ? count : throw new InvalidDataException("damaged article cache shard");
    }

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it: its UTF-8 length in 7-bit groups, then the bytes.</summary>
    public string ReadString() => Encoding.UTF8.GetString(Take(ReadLength()));

    /// <summary>A string's UTF-8 bytes, left undecoded (they stay part of the shard's array).</summary>
    public ReadOnlyMemory<byte> ReadBytes()
    {
        var length = ReadLength();
        Take(length);
        return new ReadOnlyMemory<byte>(_bytes, _position - length, length);
    }

    /// <summary>A string's byte length as <see cref="BinaryWriter"/> writes it, in 7-bit groups.</summary>
    private int ReadLength()
    {
        var length = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift > 28)
                throw new InvalidDataException("damaged article cache shard");
            var b = Take(1)[0];
            length |= (b & 0x7F) << shift;
            if (b < 0x80)
                break;
        }
        return length < 0 ? throw new InvalidDataException("damaged article cache shard") : length;
    }

    public string? ReadOptional() => ReadBoolean() ? ReadString() : null;

    public DateOnly? ReadOptionalDate() => ReadBoolean() ? DateOnly.FromDayNumber(ReadInt32()) : null;

    public string[] ReadList()
    {
        var items = new string[ReadCount()];
        for (var i = 0; i < items.Length; i++)
            items[i] = ReadString();
        return items;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _bytes.Length - _position)
            throw new EndOfStreamException("article cache shard cut short");
        var span = _bytes.AsSpan(_position, count);
        _position += count;
        return span;
    }
}
