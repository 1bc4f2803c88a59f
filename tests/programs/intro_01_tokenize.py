# tokenize: every token of many small sources, as CPython 3.11 produces them.
import tokenize, token, io

SOURCES = [
    "x = 1\n",
    "x = 1",
    "def f(a, b=2, *c, **d):\n    return a + b  # comment\n\n\nclass C:\n    pass\n",
    "if x:\n    y = (1,\n         2)\n    # inner comment\nelse:\n\tz = [\n  3 ]\n",
    "s = '''multi\nline\nstring''' + \"x\"\n",
    "t = f'{a!r:>{w}}' + rb'\\x00' + Rb\"q\" + u'u'\n",
    "n = 0x_FF + 0b101 + 0o17 + 1_000 + 3.14 + .5 + 1e-3 + 2j + 1.5J + 0 + 00 + 1.e5\n",
    "a = b \\\n    + c\n",
    "# only a comment",
    "# only a comment\n",
    "\n\n  \n",
    "x = 'abc\\\ndef'\n",
    "@decorator\ndef g(): ...\n",
    "a **= 2; b //= 3; c >>= 1; d <<= 1; e != f; g -> h; i := j\n",
    "x = $\n",
    "x = 'unterminated\ny = 2\n",
    "if a:\n  if b:\n    c\n  d\n",
    "x = 1   \n",
    "\u00e9t\u00e9 = 3\n",
    "lambda: (yield)\n",
    "x = [1,\n# c\n 2]\n",
    "print('hi')\r\n",
    "a=1\n    ",
    "1if x else 2\n",
    "x = 1__2\n",
]
for src in SOURCES:
    print('=' * 20, repr(src))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            print(tok, tok.exact_type, token.tok_name[tok.exact_type])
    except tokenize.TokenError as e:
        print('TokenError', e.args)
    except IndentationError as e:
        print('IndentationError', e.args)

for src in ["x = (1,\n", "s = '''abc\n", "if x:\n  a\n b\n"]:
    print('=' * 20, repr(src))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            print(tok)
    except tokenize.TokenError as e:
        print('TokenError', e.args)
    except IndentationError as e:
        print('IndentationError', e.args)

toks = list(tokenize.tokenize(io.BytesIO(b"x = 1\n").readline))
print(toks[0])
print(len(toks), [t.type for t in toks])
t = toks[1]
print(t.type, t.string, t.start, t.end, repr(t.line))
a, b, c, d, e = t
print(a, b, c, d, e == t.line, t[1], t == (1, 'x', (1, 0), (1, 1), 'x = 1\n'))
print(tokenize.tok_name[tokenize.NAME], token.NAME, token.OP, token.ERRORTOKEN, token.N_TOKENS)
print(token.ISEOF(token.ENDMARKER), token.ISTERMINAL(token.NAME))

MORE = [
    "",
    "   ",
    "\n",
    "x = f\"{'nested'}\" + f'''{a}\n{b}''' + b'\\xff'\n",
    "async def co():\n    await x\n    async with a as b:\n        pass\n",
    "if (n := 10) > 5:\n    print(n)\n",
    "m = a @ b\nm @= c\n",
    "x = 1 \\\n# comment\n",
    "\tif x:\n\t\ty\n",
    "def f():\n    return 1\n# trailing comment\n",
    "s = '''\r\nline\r\n'''\r\n",
    "x = (  # open\n  1,  # one\n)  # close\n",
    "\x0cx = 1\n",
    "x = 'a' 'b' \\\n    'c'\n",
    "x = '''a\\\nb'''\n",
    "a = 'x\\\n' + 'y'\n",
    "d = {'k': [1, 2, {3}]}\n",
    "print(*args, **kw)\n",
    "x = ...\ny = x.attr\n",
    "x = 0xDEAD_BEEF + 0O17 + 0B1 + 1E10 + 1_0.0_1e+1_0j\n",
    "try:\n    pass\nexcept* E:\n    pass\n",
    "class A(B, metaclass=M):\n    '''doc'''\n    x: int = 3\n",
    "x = 1 if y else 2\n",
    "for i in range(3): print(i)\n",
    "x = [\n    1,\n\n    2,\n]\n",
    "@property\n@a.b(c)\ndef p(self): ...\n",
    "return\n",
    "x = 'abc\n",
    "x = \"\"\"unterminated\n",
    "x = (1,\n  2,\n",
    "\\\n",
    "if x:\n    pass\n  # dedented comment\n",
    "x = 1\n\n\n",
    "# coding: utf-8\nx = 'é'\n",
    "a=1;b=2\n",
    "x = r'\\'\n",
    "x = 1.\ny = 1e\nz = 0o8\n",
    "s = 'a\\\nb\\\nc'\n",
    "s = 'a\\\nb\nc'\n",
]
for src in MORE:
    print('=' * 20, repr(src))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            print(tok.type, tok.exact_type, repr(tok.string), tok.start, tok.end, repr(tok.line))
    except tokenize.TokenError as e:
        print('TokenError', e.args)
    except IndentationError as e:
        print('IndentationError', e.args)

# readline raising StopIteration ends the input, as in CPython
lines = iter(["x = 1\n", "y = 2\n"])
print([t.string for t in tokenize.generate_tokens(lines.__next__)])
print(tokenize.untokenize([(1, 'x', (1, 0), (1, 1), ''), (54, '=', (1, 2), (1, 3), '')]) == 'x =')

# bytes input: the ENCODING token and detect_encoding (BOM, coding cookies)
for src in [b"x = 1\n", b"# -*- coding: latin-1 -*-\nx = 1\n", b"#!/usr/bin/python\n# vim: set fileencoding=utf_8 :\nx\n",
            b"\xef\xbb\xbfx = 1\n", b"", b"\n\n# coding: ascii\n", b"x = 'caf\xc3\xa9'\n"]:
    print(tokenize.detect_encoding(io.BytesIO(src).readline))
    print([(t.type, t.string, t.start) for t in tokenize.tokenize(io.BytesIO(src).readline)])
