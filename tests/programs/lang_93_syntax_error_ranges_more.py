# More SyntaxError ranges: multi-line constructs, f-strings, keywords as targets, walrus and star errors.
cases = [
    "x = (1,\n     2,\n",
    "f(x for x in y\n  , 1)",
    "def f():\n    return\n      x = 1",
    "if (a := 1) = 2: pass",
    "(x := 1) += 2",
    "for 1 in x: pass",
    "with a as 1: pass",
    "import a.b as 1",
    "class C(x for x in y): pass",
    "print(*)",
    "f(**)",
    "x = yield = 1",
    "def f(x, x=1): pass",
    "a[1:2] += 3 = 4",
    "lambda x=1, y: 0",
    "def f(a=1, b): pass",
    "{1: 2 for x in y for}",
    "x if y",
    "del (a, b), c.d, [e], f()",
    "'abc' 'def' = 1",
    "f'{1 = }' = 3",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
