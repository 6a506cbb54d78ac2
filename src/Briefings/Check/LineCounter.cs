namespace Briefings.Check;

/// <summary>1-based line numbers for increasing offsets into one text, in a single pass over it.</summary>
internal sealed class LineCounter(string text)
{
    private int _offset;
    private int _line = 1;

    public int At(int index)
    {
        if (index < _offset)
            (_offset, _line) = (0, 1);
        for (; _offset < index && _offset < text.Length; _offset++)
            if (text[_offset] == '\n')
                _line++;
        return _line;
    }
}
