# ast.dump of expression kinds: operators, comparisons, calls, subscripts,
# slices, starred, conditional and named expressions, every constant type.
import ast

SOURCES = [
    "not a and b or c",
    "a < b <= c is not d in e not in f != g == h > i >= j is k",
    "-a + +b * ~c / d // e % f ** g << h >> i & j | k ^ l @ m",
    "f(*a, **k, x=1)",
    "f(a for a in b)",
    "x.y.z",
    "a[1:2, ::3, ...]",
    "a[::]",
    "a[b:c:d]",
    "a[x, y]",
    "(a := 10)",
    "x if y else z",
    "{1, 2, *a}",
    "{1: 2, **e, 3: 4}",
    "t = 1,",
    "[*a, *b]",
    "0x1F + 0o17 + 0b101 + 1_000 + 1e10 + 1.5j + 123456789012345678901234567890",
    "...",
    "None; True; False",
    "b'bytes' rb'raw\\d'",
    "'implicit' 'concat'",
    "u'uni' 'x'",
    "U'upper'",
    "'\\N{BULLET} \\x41 \\t'",
    "await x",
    "yield",
]

for src in SOURCES:
    print(ast.dump(ast.parse(src)))
print(ast.dump(ast.parse("a + b * (c - d)", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("if x:\n    pass\n", mode="single")))
print(ast.dump(ast.parse("")))
print(ast.dump(ast.parse("# only a comment\n")))
