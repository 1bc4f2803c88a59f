# A small tokenizer built from generators, delegating with yield from.
KEYWORDS = ("let", "print", "if", "else")


def digits(src, i):
    start = i
    while i < len(src) and src[i].isdigit():
        i += 1
    return src[start:i], i


def words(src, i):
    start = i
    while i < len(src) and (src[i].isalnum() or src[i] == "_"):
        i += 1
    return src[start:i], i


def line_tokens(line, lineno):
    i = 0
    while i < len(line):
        c = line[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            text, i = digits(line, i)
            yield ("NUM", int(text), lineno)
        elif c.isalpha() or c == "_":
            text, i = words(line, i)
            kind = "KW" if text in KEYWORDS else "NAME"
            yield (kind, text, lineno)
        elif c == "#":
            return
        elif line[i:i + 2] in ("==", "!=", "<=", ">="):
            yield ("OP", line[i:i + 2], lineno)
            i += 2
        elif c in "+-*/=()<>":
            yield ("OP", c, lineno)
            i += 1
        else:
            raise SyntaxError(f"bad char {c!r} at {lineno}:{i}")


def tokens(text):
    for n, line in enumerate(text.splitlines(), 1):
        count = yield from counted(line_tokens(line, n))
        if count:
            yield ("NL", count, n)
    yield ("EOF", None, None)


def counted(gen):
    n = 0
    for tok in gen:
        n += 1
        yield tok
    return n


SRC = """let x = 12 + 3 * (4 - 1)
# a comment line
print x >= 20
if x != 21 print x else print 0
"""

for tok in tokens(SRC):
    print(tok)

kinds = {}
for kind, _, _ in tokens(SRC):
    kinds[kind] = kinds.get(kind, 0) + 1
print(sorted(kinds.items()))

try:
    list(tokens("let y = 3 $ 4"))
except SyntaxError as e:
    print(type(e).__name__, e)

g = tokens("a b c")
print(next(g), next(g))
g.close()
try:
    next(g)
except StopIteration as e:
    print("closed", type(e).__name__, e.value)
