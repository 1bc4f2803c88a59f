"""Tokenization of Python source, as CPython 3.11's Lib/tokenize.py.

ferropy has no `re` module, so the pseudo-token regular expression of
CPython's tokenize is written out as small scanning functions that follow
the same alternation order (first alternative that matches wins, as a
regex does): backslash-newline / end / comment / triple-quote start, then
numbers (imaginary, float, int), then newlines and operators (longest
first), then single-line strings, then names. The driver loop
(`_tokenize`) is CPython's, statement for statement, so NL/COMMENT/
INDENT/DEDENT/ERRORTOKEN placement and positions match.
"""

from token import *
from token import EXACT_TOKEN_TYPES

__all__ = ['tokenize', 'generate_tokens', 'untokenize', 'TokenInfo', 'TokenError', 'tok_name',
           'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF', 'EXACT_TOKEN_TYPES']

tabsize = 8


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


class TokenInfo(tuple):
    """TokenInfo(type, string, start, end, line): a named tuple, as CPython's."""

    __slots__ = ()
    _fields = ('type', 'string', 'start', 'end', 'line')

    def __new__(cls, type, string, start, end, line):
        return tuple.__new__(cls, (type, string, start, end, line))

    type = property(lambda self: self[0], doc='Alias for field number 0')
    string = property(lambda self: self[1], doc='Alias for field number 1')
    start = property(lambda self: self[2], doc='Alias for field number 2')
    end = property(lambda self: self[3], doc='Alias for field number 3')
    line = property(lambda self: self[4], doc='Alias for field number 4')

    def __repr__(self):
        return 'TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' % (
            '%d (%s)' % (self.type, tok_name[self.type]), self.string, self.start, self.end, self.line)

    def __getnewargs__(self):
        return tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **kw):
        d = dict(zip(self._fields, self))
        d.update(kw)
        return TokenInfo(**d)

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


# ===== The pseudo-token scanners (each returns an end index or -1) =====

_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_PREFIXES = ('b', 'r', 'u', 'f', 'br', 'rb', 'fr', 'rf')
_OPS = sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)


def _run(s, i, chars):
    """`[chars](?:_?[chars])*` at i."""
    n = len(s)
    if i >= n or s[i] not in chars:
        return -1
    i += 1
    while i < n:
        if s[i] in chars:
            i += 1
        elif s[i] == '_' and i + 1 < n and s[i + 1] in chars:
            i += 2
        else:
            break
    return i


def _run_after_prefix(s, i, chars):
    """`(?:_?[chars])+` at i."""
    n = len(s)
    if i < n and s[i] == '_':
        i += 1
    return _run(s, i, chars)


def _exponent(s, i):
    if i >= len(s) or s[i] not in 'eE':
        return -1
    i += 1
    if i < len(s) and s[i] in '+-':
        i += 1
    return _run(s, i, _DIGITS)


def _maybe_exponent(s, i):
    e = _exponent(s, i)
    return e if e >= 0 else i


def _pointfloat(s, i):
    d = _run(s, i, _DIGITS)
    if d >= 0 and d < len(s) and s[d] == '.':
        f = _run(s, d + 1, _DIGITS)
        return _maybe_exponent(s, f if f >= 0 else d + 1)
    if i < len(s) and s[i] == '.':
        f = _run(s, i + 1, _DIGITS)
        if f >= 0:
            return _maybe_exponent(s, f)
    return -1


def _floatnumber(s, i):
    p = _pointfloat(s, i)
    if p >= 0:
        return p
    d = _run(s, i, _DIGITS)
    if d >= 0:
        return _exponent(s, d)
    return -1


def _imag_at(s, i):
    return i >= 0 and i < len(s) and s[i] in 'jJ'


def _number(s, i):
    d = _run(s, i, _DIGITS)
    if _imag_at(s, d):
        return d + 1
    # Floatnumber + [jJ], with the regex's backtracking: a point float
    # without j may still be an exponent float with j.
    p = _pointfloat(s, i)
    if _imag_at(s, p):
        return p + 1
    if d >= 0:
        e = _exponent(s, d)
        if _imag_at(s, e):
            return e + 1
    f = _floatnumber(s, i)
    if f >= 0:
        return f
    n = len(s)
    if i + 1 < n and s[i] == '0':
        k = s[i + 1]
        for letters, chars in (('xX', _HEX), ('bB', '01'), ('oO', '01234567')):
            if k in letters:
                e = _run_after_prefix(s, i + 2, chars)
                if e >= 0:
                    return e
    if i < n and s[i] == '0':
        i += 1
        while i < n:
            if s[i] == '0':
                i += 1
            elif s[i] == '_' and i + 1 < n and s[i + 1] == '0':
                i += 2
            else:
                break
        return i
    if i < n and s[i] in '123456789':
        return _run(s, i, _DIGITS)
    return -1


def _string_prefix_len(s, i, quotes):
    """Length of a valid string prefix at i followed by one of `quotes`, or -1."""
    for k in (2, 1, 0):
        if i + k < len(s) and s[i + k] in '\'"' and (k == 0 or s[i:i + k].lower() in _PREFIXES):
            q = s[i + k]
            if quotes == 3 and s[i + k:i + k + 3] == q * 3:
                return k
            if quotes == 1:
                return k
    return -1


def _contstr(s, i):
    """A single-quoted string on one line, or up to a backslash-newline."""
    k = _string_prefix_len(s, i, 1)
    if k < 0:
        return -1
    j = i + k
    q = s[j]
    j += 1
    n = len(s)
    while j < n:
        c = s[j]
        if c == q:
            return j + 1
        if c == '\n':
            return -1
        if c == '\\':
            if j + 1 < n and s[j + 1] != '\n':
                # `\\.` (not a newline); `\\\r\n` is taken by the other branch below
                if s[j + 1] == '\r' and j + 2 < n and s[j + 2] == '\n':
                    return j + 3
                j += 2
                continue
            if j + 1 < n and s[j + 1] == '\n':
                return j + 2
            return -1
        j += 1
    return -1


def _endmatch(line, pos, quote):
    """CPython's endpats[quote].match(line, pos): the end index or -1."""
    n = len(line)
    q = quote[0]
    triple = len(quote) == 3
    i = pos
    while i < n:
        c = line[i]
        if c == '\\':
            if i + 1 < n and line[i + 1] != '\n':
                i += 2
                continue
            return -1
        if c == q:
            if not triple:
                return i + 1
            if line[i:i + 3] == quote:
                return i + 3
        i += 1
    return -1


def _is_word(c):
    return c == '_' or c.isalnum()


def _pseudo(line, pos):
    """CPython's PseudoToken regex: (start, end) of group 1, or None."""
    n = len(line)
    while pos < n and line[pos] in ' \f\t':
        pos += 1
    start = pos
    if pos == n:
        return start, pos  # \Z
    c = line[pos]
    # PseudoExtras: \\\r?\n | \Z | Comment | Triple
    if c == '\\':
        if line[pos + 1:pos + 2] == '\n':
            return start, pos + 2
        if line[pos + 1:pos + 3] == '\r\n':
            return start, pos + 3
    if c == '#':
        e = pos + 1
        while e < n and line[e] not in '\r\n':
            e += 1
        return start, e
    k = _string_prefix_len(line, pos, 3)
    if k >= 0:
        return start, pos + k + 3
    # Number
    if c in _DIGITS or c == '.':
        e = _number(line, pos)
        if e >= 0:
            return start, e
    # Funny: \r?\n | operators
    if c == '\n':
        return start, pos + 1
    if c == '\r' and line[pos + 1:pos + 2] == '\n':
        return start, pos + 2
    for op in _OPS:
        if line.startswith(op, pos):
            return start, pos + len(op)
    # ContStr
    e = _contstr(line, pos)
    if e >= 0:
        return start, e
    # Name
    if _is_word(c):
        e = pos + 1
        while e < n and _is_word(line[e]):
            e += 1
        return start, e
    return None


_SINGLE_QUOTED = set()
_TRIPLE_QUOTED = set()
for _p in ('',) + _PREFIXES:
    _variants = {''}
    for _ch in _p:
        _variants = {v + x for v in _variants for x in (_ch, _ch.upper())}
    for _v in _variants:
        _SINGLE_QUOTED.add(_v + "'")
        _SINGLE_QUOTED.add(_v + '"')
        _TRIPLE_QUOTED.add(_v + "'''")
        _TRIPLE_QUOTED.add(_v + '"""')


# ===== The driver (CPython 3.11 tokenize._tokenize) =====

def _tokenize(readline, encoding):
    lnum = parenlev = continued = 0
    numchars = '0123456789'
    contstr, needcont = '', 0
    contline = None
    indents = [0]
    strstart = None
    endquote = None

    decode = encoding is not None and encoding != 'str'
    if encoding == 'str':
        encoding = None
    if encoding is not None:
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    last_line = ''
    line = last_line
    while True:
        try:
            last_line = line
            line = readline()
        except StopIteration:
            line = ''
        if decode and not isinstance(line, str):
            line = line.decode(encoding)
        lnum += 1
        pos, max = 0, len(line)

        if contstr:
            if not line:
                raise TokenError('EOF in multi-line string', strstart)
            end = _endmatch(line, 0, endquote)
            if end >= 0:
                pos = end
                yield TokenInfo(STRING, contstr + line[:end], strstart, (lnum, end), contline + line)
                contstr, needcont = '', 0
                contline = None
            elif needcont and line[-2:] != '\\\n' and line[-3:] != '\\\r\n':
                yield TokenInfo(ERRORTOKEN, contstr + line, strstart, (lnum, len(line)), contline)
                contstr = ''
                contline = None
                continue
            else:
                contstr = contstr + line
                contline = contline + line
                continue

        elif parenlev == 0 and not continued:
            if not line:
                break
            column = 0
            while pos < max:
                if line[pos] == ' ':
                    column += 1
                elif line[pos] == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif line[pos] == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == max:
                break

            if line[pos] in '#\r\n':
                if line[pos] == '#':
                    comment_token = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment_token, (lnum, pos), (lnum, pos + len(comment_token)), line)
                    pos += len(comment_token)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue

            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        'unindent does not match any outer indentation level',
                        ('<tokenize>', lnum, pos, line))
                indents = indents[:-1]
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            if not line:
                raise TokenError('EOF in multi-line statement', (lnum, 0))
            continued = 0

        while pos < max:
            pseudomatch = _pseudo(line, pos)
            if pseudomatch:
                start, end = pseudomatch
                spos, epos, pos = (lnum, start), (lnum, end), end
                if start == end:
                    continue
                token, initial = line[start:end], line[start]

                if (initial in numchars or
                        (initial == '.' and token != '.' and token != '...')):
                    yield TokenInfo(NUMBER, token, spos, epos, line)
                elif initial in '\r\n':
                    if parenlev > 0:
                        yield TokenInfo(NL, token, spos, epos, line)
                    else:
                        yield TokenInfo(NEWLINE, token, spos, epos, line)
                elif initial == '#':
                    yield TokenInfo(COMMENT, token, spos, epos, line)
                elif token in _TRIPLE_QUOTED:
                    endquote = token[-3:]
                    end = _endmatch(line, pos, endquote)
                    if end >= 0:
                        pos = end
                        token = line[start:pos]
                        yield TokenInfo(STRING, token, spos, (lnum, pos), line)
                    else:
                        strstart = (lnum, start)
                        contstr = line[start:]
                        contline = line
                        break
                elif (initial in _SINGLE_QUOTED or token[:2] in _SINGLE_QUOTED or
                        token[:3] in _SINGLE_QUOTED):
                    if token[-1] == '\n':
                        strstart = (lnum, start)
                        for q in (initial, token[1:2], token[2:3]):
                            if q in ('"', "'"):
                                endquote = q
                                break
                        contstr, needcont = line[start:], 1
                        contline = line
                        break
                    else:
                        yield TokenInfo(STRING, token, spos, epos, line)
                elif initial.isidentifier():
                    yield TokenInfo(NAME, token, spos, epos, line)
                elif initial == '\\':
                    continued = 1
                else:
                    if initial in '([{':
                        parenlev += 1
                    elif initial in ')]}':
                        parenlev -= 1
                    yield TokenInfo(OP, token, spos, epos, line)
            else:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1

    if last_line and last_line[-1] not in '\r\n' and not last_line.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(last_line)), (lnum - 1, len(last_line) + 1), '')
    for indent in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def generate_tokens(readline):
    """Tokenize a source reading Python code as unicode strings."""
    return _tokenize(readline, None)


def _detect_encoding(line):
    for l in line:
        if l.startswith(b'\xef\xbb\xbf'):
            return 'utf-8-sig'
        break
    return 'utf-8'


def _get_normal_name(orig_enc):
    enc = orig_enc[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return orig_enc


def _find_cookie(line):
    """The encoding named by a PEP 263 coding cookie in `line` (str), or None:
    CPython's regex `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`."""
    k = 0
    while k < len(line) and line[k] in ' \t\f':
        k += 1
    if k >= len(line) or line[k] != '#':
        return None
    i = line.find('coding', k)
    while i >= 0:
        j = i + 6
        if j < len(line) and line[j] in ':=':
            j += 1
            while j < len(line) and line[j] in ' \t':
                j += 1
            e = j
            while e < len(line) and (line[e].isalnum() or line[e] in '-_.'):
                e += 1
            if e > j:
                return _get_normal_name(line[j:e])
        i = line.find('coding', i + 1)
    return None


def _blank_or_comment(line):
    return line.strip() == '' or line.lstrip().startswith('#')


def detect_encoding(readline):
    """(encoding, lines read): a BOM or a coding cookie in the first two
    lines, else 'utf-8' (CPython's rules; the lines are returned as bytes)."""
    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    first = read_or_stop()
    if not first:
        return 'utf-8', []
    text = first.decode('utf-8')
    bom = text.startswith('\ufeff')
    if bom:
        text = text[1:]
        first = text.encode('utf-8')
    default = 'utf-8-sig' if bom else 'utf-8'
    enc = _find_cookie(text)
    if enc:
        if bom and enc != 'utf-8':
            raise SyntaxError('encoding problem: utf-8')
        return ('utf-8-sig' if bom else enc), [first]
    if not _blank_or_comment(text):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    enc = _find_cookie(second.decode('utf-8'))
    if enc:
        if bom and enc != 'utf-8':
            raise SyntaxError('encoding problem: utf-8')
        return ('utf-8-sig' if bom else enc), [first, second]
    return default, [first, second]


def tokenize(readline):
    """Tokenize bytes from `readline`: an ENCODING token first (from a BOM
    or coding cookie, as `detect_encoding`). Lines are decoded as UTF-8
    (with the BOM removed) whatever the cookie names: ferropy's bytes only
    decode UTF-8."""
    encoding, consumed = detect_encoding(readline)
    lines = [b.decode('utf-8') for b in consumed]
    if lines and lines[0].startswith('\ufeff'):
        lines[0] = lines[0][1:]
    lines.reverse()

    def rl():
        if lines:
            return lines.pop()
        return readline().decode('utf-8')

    return _tokenize(rl, encoding)


def untokenize(iterable):
    """A simple untokenize: each token's string placed at its position."""
    out = []
    row, col = 1, 0
    for tok in iterable:
        t, s, start, end = tok[0], tok[1], tok[2], tok[3]
        if t == ENCODING or t == ENDMARKER:
            continue
        srow, scol = start
        while row < srow:
            out.append('\\\n' if out and not out[-1].endswith('\n') else '')
            row += 1
            col = 0
        if scol > col:
            out.append(' ' * (scol - col))
        out.append(s)
        row, col = end
        if s.endswith('\n'):
            row += 1
            col = 0
    return ''.join(out)
