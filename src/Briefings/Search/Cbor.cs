using System.Buffers.Binary;
using System.Text;

namespace Briefings.Search;

/// <summary>
/// The small part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers, byte and text
/// strings, arrays and maps of definite length, and simple values. Values read as ulong, long, byte[], string,
/// <see cref="List{T}"/> of object, <see cref="CborMap"/> and <see cref="CborSimple"/>; writing uses the shortest
/// heads, as Pagefind's encoder does, so an untouched value writes back byte for byte.
/// </summary>
internal static class Cbor
{
    public static object Read(ReadOnlySpan<byte> data)
    {
        var at = 0;
        var value = ReadValue(data, ref at);
        if (at != data.Length)
            throw new FormatException($"{data.Length - at} unexpected byte(s) after the CBOR value");
        return value;
    }

    public static byte[] Write(object value)
    {
        using var stream = new MemoryStream();
        WriteValue(stream, value);
        return stream.ToArray();
    }

    private static object ReadValue(ReadOnlySpan<byte> data, ref int at)
    {
        var head = Take(data, ref at, 1)[0];
        int major = head >> 5, info = head & 31;
        if (major == 7)
            return info < 24 ? new CborSimple(info) : throw new FormatException($"unsupported CBOR simple or float value ({info})");
        var argument = info switch
        {
            < 24 => (ulong)info,
            24 => Take(data, ref at, 1)[0],
            25 => BinaryPrimitives.ReadUInt16BigEndian(Take(data, ref at, 2)),
            26 => BinaryPrimitives.ReadUInt32BigEndian(Take(data, ref at, 4)),
            27 => BinaryPrimitives.ReadUInt64BigEndian(Take(data, ref at, 8)),
            _ => throw new FormatException($"unsupported CBOR length encoding ({info})"),
        };
        switch (major)
        {
            case 0:
                return argument;
            case 1:
                return -1 - checked((long)argument);
            case 2:
                return Take(data, ref at, Length(argument)).ToArray();
            case 3:
                return Encoding.UTF8.GetString(Take(data, ref at, Length(argument)));
            case 4:
                var count = Length(argument);
                var items = new List<object>(count);
                for (var i = 0; i < count; i++)
                    items.Add(ReadValue(data, ref at));
                return items;
            case 5:
                var map = new CborMap();
                for (var i = 0; i < Length(argument); i++)
                    map.Add(new(ReadValue(data, ref at), ReadValue(data, ref at)));
                return map;
            default:
                throw new FormatException($"unsupported CBOR major type {major}");
        }
    }

    private static ReadOnlySpan<byte> Take(ReadOnlySpan<byte> data, ref int at, int count)
    {
        if (count > data.Length - at)
            throw new FormatException("CBOR value ends early");
        var slice = data.Slice(at, count);
        at += count;
        return slice;
    }

    private static int Length(ulong argument) =>
        argument <= int.MaxValue ? (int)argument : throw new FormatException("CBOR length too large");

    private static void WriteValue(Stream stream, object value)
    {
        switch (value)
        {
            case ulong number:
                WriteHead(stream, 0, number);
                break;
            case long negative when negative < 0:
                WriteHead(stream, 1, (ulong)(-1 - negative));
                break;
            case byte[] bytes:
                WriteHead(stream, 2, (ulong)bytes.Length);
                stream.Write(bytes);
                break;
            case string text:
                var utf8 = Encoding.UTF8.GetBytes(text);
                WriteHead(stream, 3, (ulong)utf8.Length);
                stream.Write(utf8);
                break;
            case List<object> items:
                WriteHead(stream, 4, (ulong)items.Count);
                foreach (var item in items)
                    WriteValue(stream, item);
                break;
            case CborMap map:
                WriteHead(stream, 5, (ulong)map.Count);
                foreach (var (key, item) in map)
                {
                    WriteValue(stream, key);
                    WriteValue(stream, item);
                }
                break;
            case CborSimple simple:
                stream.WriteByte((byte)(0xE0 | simple.Value));
                break;
            default:
                throw new ArgumentException($"cannot write {value.GetType().Name} as CBOR", nameof(value));
        }
    }

    private static void WriteHead(Stream stream, int major, ulong argument)
    {
        var type = (byte)(major << 5);
        Span<byte> buffer = stackalloc byte[9];
        switch (argument)
        {
            case < 24:
                stream.WriteByte((byte)(type | (byte)argument));
                return;
            case <= byte.MaxValue:
                buffer[0] = (byte)(type | 24);
                buffer[1] = (byte)argument;
                stream.Write(buffer[..2]);
                return;
            case <= ushort.MaxValue:
                buffer[0] = (byte)(type | 25);
                BinaryPrimitives.WriteUInt16BigEndian(buffer[1..], (ushort)argument);
                stream.Write(buffer[..3]);
                return;
            case <= uint.MaxValue:
                buffer[0] = (byte)(type | 26);
                BinaryPrimitives.WriteUInt32BigEndian(buffer[1..], (uint)argument);
                stream.Write(buffer[..5]);
                return;
            default:
                buffer[0] = (byte)(type | 27);
                BinaryPrimitives.WriteUInt64BigEndian(buffer[1..], argument);
                stream.Write(buffer[..9]);
                return;
        }
    }
}

/// <summary>A CBOR map, its entries in the order they were read.</summary>
internal sealed class CborMap : List<KeyValuePair<object, object>>;

/// <summary>A CBOR simple value: false (20), true (21), null (22), undefined (23) or an unassigned one.</summary>
internal sealed record CborSimple(int Value);
